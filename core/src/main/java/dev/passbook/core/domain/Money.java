package dev.passbook.core.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is {@link BigDecimal} with scale 2 (paisa). Never built from a double. */
public final class Money {
    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /**
     * Brings a value to scale 2 without rounding.
     *
     * @throws ArithmeticException if the value has non-zero digits beyond the paisa
     */
    public static BigDecimal of(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal of(String plain) {
        return of(new BigDecimal(plain));
    }

    public static boolean isMoney(BigDecimal value) {
        return value != null && value.scale() == SCALE;
    }
}
