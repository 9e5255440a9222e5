package cn.yingji.tenancy;

import java.util.EnumSet;
import java.util.Set;

import cn.yingji.db.enums.Sharing;

/**
 * What a caller's roles let it read of what the sharing rule shows its tenant (读取范围). The tenant decides
 * which tenants' rows are visible; the readership decides which of those: an office reads everything the
 * sharing rule allows, an expert or a platform operator never an office's internal records.
 * <p>
 * {@link TenantTx} puts the readership into the transaction ({@code app.readership}); the restrictive
 * {@code role_read} policy of every tenant-owned table (migration V20) and {@link SharingRule#filter(Viewer)}
 * apply it. The literals are the SQL values.
 */
public enum Readership {

    /** Compiles, reviews, oversees or administers an office's records: everything the sharing rule allows. */
    OFFICE("office"),
    /** An expert (专家) only: published records, the shared expert pool, its own invitations. */
    EXPERT("expert"),
    /** Anybody else, the platform operator (平台运维) among them: published records only. */
    PUBLIC("public");

    /** The roles of an office's staff. */
    static final Set<Role> OFFICE_ROLES = EnumSet.of(Role.COUNTY_OFFICER, Role.CITY_OFFICIAL, Role.PROVINCE_OFFICIAL,
            Role.REVIEWER, Role.TENANT_ADMIN);

    private final String literal;

    Readership(String literal) {
        this.literal = literal;
    }

    public String literal() {
        return literal;
    }

    /** Whether {@code role} is one of an office's staff's roles. */
    public static boolean isOfficeRole(Role role) {
        return OFFICE_ROLES.contains(role);
    }

    public static Readership of(Set<Role> roles) {
        if (roles.stream().anyMatch(OFFICE_ROLES::contains)) {
            return OFFICE;
        }
        return roles.contains(Role.EXPERT) ? EXPERT : PUBLIC;
    }

    /**
     * The sharing values of the records a reader of this kind may find in a search of {@code entity}: what the
     * {@code role_read} policy lets it read by the sharing value alone. (Records an expert reads because it was
     * invited to review them are reached through the invitation, not found by search.)
     */
    public Set<Sharing> searchable(String entity) {
        return switch (this) {
            case OFFICE -> EnumSet.allOf(Sharing.class);
            case EXPERT -> "expert".equals(entity) ? EnumSet.complementOf(EnumSet.of(Sharing.private_))
                    : EnumSet.of(Sharing.public_);
            case PUBLIC -> EnumSet.of(Sharing.public_);
        };
    }
}
