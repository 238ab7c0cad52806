package dev.passbook.testkit.render;

/**
 * Encryption of the rendered file. {@link OwnerOnly} imitates HDFC's netbanking files: RC4 with an
 * owner password only, so anyone can open and read it.
 */
public sealed interface Encryption {

    enum Cipher { RC4_128, AES_256 }

    record None() implements Encryption {
    }

    /** Opens without a password; changing it needs {@code ownerPassword}. RC4-128. */
    record OwnerOnly(String ownerPassword) implements Encryption {
    }

    /** Needs {@code userPassword} to open. */
    record UserPassword(String userPassword, String ownerPassword, Cipher cipher) implements Encryption {
    }

    static Encryption none() {
        return new None();
    }

    static Encryption ownerOnly() {
        return new OwnerOnly("passbook-owner");
    }

    static Encryption userPassword(String password, Cipher cipher) {
        return new UserPassword(password, password + "-owner", cipher);
    }
}
