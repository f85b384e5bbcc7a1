package org.palabre.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

@Entity
@Table(name = "accounts")
@NamedQuery(name = Account.BY_LOGIN, query = "SELECT a FROM Account a WHERE a.usernameKey = :key OR a.emailKey = :key")
@NamedQuery(name = Account.BY_SKELETON, query = "SELECT a FROM Account a WHERE a.usernameSkeleton = :skeleton")
@NamedQuery(
        name = Account.BY_DISPLAY_NAME_SKELETON,
        query = "SELECT a FROM Account a WHERE a.displayNameSkeleton = :skeleton")
@NamedQuery(
        name = Account.DISPLAY_NAME_WITHOUT_SKELETON,
        query = "SELECT a FROM Account a WHERE a.displayName IS NOT NULL AND a.displayNameSkeleton IS NULL")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.emailKey = :key")
@NamedQuery(
        name = Account.DELETE_UNVERIFIED_BEFORE,
        query = "DELETE FROM Account a WHERE a.status = :pending AND a.createdAt < :before")
@NamedQuery(
        name = Account.ACTIVE_BY_USERNAME,
        query = "SELECT a FROM Account a WHERE a.usernameKey = :key AND a.status = :active")
@NamedQuery(
        name = Account.COUNT_ACTIVE_WITH_ROLE,
        query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role AND a.status = :active")
@NamedQuery(name = Account.COUNT_WITH_ROLE, query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role")
public class Account {

    public static final String BY_LOGIN = "Account.byLogin";
    public static final String COUNT_WITH_ROLE = "Account.countWithRole";
    public static final String BY_SKELETON = "Account.bySkeleton";
    public static final String BY_EMAIL = "Account.byEmail";
    public static final String BY_DISPLAY_NAME_SKELETON = "Account.byDisplayNameSkeleton";
    public static final String DISPLAY_NAME_WITHOUT_SKELETON = "Account.displayNameWithoutSkeleton";
    public static final String ACTIVE_BY_USERNAME = "Account.activeByUsername";
    public static final String DELETE_UNVERIFIED_BEFORE = "Account.deleteUnverifiedBefore";
    public static final String COUNT_ACTIVE_WITH_ROLE = "Account.countActiveWithRole";
    static final String DELETED_PLACEHOLDER = "deleted:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "username_key")
    private String usernameKey;

    private String email;

    @Column(name = "email_key")
    private String emailKey;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "created_at")
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    @Column(name = "username_skeleton")
    private String usernameSkeleton;

    private String language;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "display_name_skeleton")
    private String displayNameSkeleton;

    @Column(name = "bio_raw")
    private String bioRaw;

    @Column(name = "bio_html")
    private String bioHtml;

    @Column(name = "bio_renderer_version")
    private int bioRendererVersion;

    @Column(name = "trusted_at")
    private Instant trustedAt;

    @Embedded
    private Standing standing;

    protected Account() {
        // for JPA
    }

    /** An account that can sign in at once (the first administrator, accounts made by staff). */
    public Account(String username, String email, String passwordHash, Role role) {
        this(username, email, passwordHash, role, AccountStatus.ACTIVE, "fr");
    }

    private Account(
            String username, String email, String passwordHash, Role role, AccountStatus status, String language) {
        this.username = Normalizer.normalize(username, Normalizer.Form.NFC);
        this.usernameKey = loginKey(username);
        this.usernameSkeleton = UsernameSkeleton.of(username);
        this.email = email.strip();
        this.emailKey = loginKey(email);
        this.passwordHash = passwordHash;
        this.role = role;
        this.status = status;
        this.language = language;
        this.timeZone = "Europe/Paris";
        this.createdAt = Instant.now();
    }

    /** A member who signed up: can sign in once the address is verified. */
    public static Account signedUp(String username, String email, String passwordHash, String language) {
        return new Account(username, email, passwordHash, Role.MEMBER, AccountStatus.PENDING, language);
    }

    public void verifyEmail() {
        this.status = AccountStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public String language() {
        return language;
    }

    public String timeZone() {
        return timeZone;
    }

    public void choosePreferences(String newLanguage, String newTimeZone) {
        this.language = newLanguage;
        this.timeZone = newTimeZone;
    }

    /** The public profile; bioHtml is the bio rendered (and sanitized) by the given renderer version. */
    public void describe(String newDisplayName, String newBioRaw, String newBioHtml, int rendererVersion) {
        this.displayName = newDisplayName == null || newDisplayName.isBlank()
                ? null
                : Normalizer.normalize(newDisplayName.strip(), Normalizer.Form.NFC);
        this.displayNameSkeleton = displayName == null ? null : UsernameSkeleton.of(displayName);
        this.bioRaw = newBioRaw == null || newBioRaw.isBlank() ? null : newBioRaw;
        this.bioHtml = this.bioRaw == null ? null : newBioHtml;
        this.bioRendererVersion = rendererVersion;
    }

    /** The name to show: the display name when there is one, else the username. */
    public String shownName() {
        return displayName != null ? displayName : username;
    }

    /** The name with the username beside it where being taken for someone else matters: see {@link AuthorName}. */
    public String nameWithUsername() {
        return AuthorName.of(username, displayName);
    }

    /** For display names stored before their skeleton was. */
    public void computeDisplayNameSkeleton() {
        this.displayNameSkeleton = displayName == null ? null : UsernameSkeleton.of(displayName);
    }

    public String usernameSkeleton() {
        return usernameSkeleton;
    }

    public String displayName() {
        return displayName == null ? "" : displayName;
    }

    public String bioRaw() {
        return bioRaw == null ? "" : bioRaw;
    }

    public String bioHtml() {
        return bioHtml == null ? "" : bioHtml;
    }

    public int bioRendererVersion() {
        return bioRendererVersion;
    }

    /**
     * Anonymises the account of a member who deleted it. The row is kept rather than deleted because
     * posts and other rows will point at it by foreign key and must go on showing "deleted user"; what
     * identified the person goes. The username and address become "deleted:<id>": unique, and no sign-up can
     * produce them (":" is allowed in neither), so the old name and address are free for anyone to take.
     * The password hash is not in the stored format, so no password ever verifies against it.
     */
    public void delete() {
        String placeholder = DELETED_PLACEHOLDER + id;
        this.status = AccountStatus.DELETED;
        this.username = placeholder;
        this.usernameKey = placeholder;
        this.usernameSkeleton = null;
        this.email = placeholder;
        this.emailKey = placeholder;
        this.passwordHash = DELETED_PLACEHOLDER;
        this.displayName = null;
        this.displayNameSkeleton = null;
        this.bioRaw = null;
        this.bioHtml = null;
    }

    /** Whether the member is silenced or suspended, and until when. */
    public Standing standing() {
        if (standing == null) { // Hibernate leaves an embedded value null while all its columns are
            standing = new Standing();
        }
        return standing;
    }

    public boolean isDeleted() {
        return status == AccountStatus.DELETED;
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail.strip();
        this.emailKey = loginKey(newEmail);
    }

    /** The form under which a username or email is unique and looked up: NFC, lower case, trimmed. */
    public static String loginKey(String usernameOrEmail) {
        return Normalizer.normalize(usernameOrEmail.strip(), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
    }

    public boolean has(Role required) {
        return role.includes(required);
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** A moderator trusts the member ahead of the automatic thresholds for new accounts. */
    public void trust() {
        this.trustedAt = Instant.now();
    }

    /** Back to the automatic thresholds. */
    public void removeTrust() {
        this.trustedAt = null;
    }

    public boolean isTrusted() {
        return trustedAt != null;
    }
}
