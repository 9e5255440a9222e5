package cn.yingji.tenancy;

import java.util.Set;

/**
 * The authenticated caller: user, roles and the one tenant the verified token binds them to. Controllers
 * receive it as a parameter (see {@link ViewerArgumentResolver}); it never comes from request input.
 */
public record Viewer(String username, String displayName, Set<Role> roles, TenantRef tenant) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller has any of {@code roles}. */
    public boolean hasAnyRole(Set<Role> roles) {
        return this.roles.stream().anyMatch(roles::contains);
    }
}
