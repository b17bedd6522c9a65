package vn.sochibo.application.security;

/**
 * The store's password protection (implemented by the persistence layer). Passwords are given as char
 * arrays; the implementation never keeps them and wipes them when done.
 */
public interface DataProtection {
    boolean isProtected();

    /** Encrypts the database file with a new random key wrapped by {@code password}. */
    void protect(char[] password);

    /** Rewraps the same file key with {@code newPassword}; the database file itself is not touched. */
    void changePassword(char[] oldPassword, char[] newPassword);

    /** Decrypts the database file back to a plain one and then deletes the key file. */
    void unprotect(char[] currentPassword);

    /**
     * True when {@code password} unwraps the key file to the key the open store uses; false when it does not.
     * Reads the key file only: the store is not reopened and nothing is written.
     */
    boolean checkPassword(char[] password);
}
