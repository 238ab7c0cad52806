package dev.passbook.core.domain;

import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.time.LocalDate;

/**
 * A customer of the service. {@code trialEndsOn} is the last day of the trial, if on trial;
 * {@code allowedCategories} are the account categories it accepts statements for.
 */
public record Organisation(String id, String name, Option<LocalDate> trialEndsOn, boolean sessionFlowEnabled,
                           Set<AccountCategory> allowedCategories) {

    public boolean trialExpiredOn(LocalDate today) {
        return trialEndsOn.exists(today::isAfter);
    }
}
