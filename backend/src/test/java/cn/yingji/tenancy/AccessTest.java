package cn.yingji.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The role rules are written once ({@link Access}), name only our roles, and are the only ones on an endpoint. */
class AccessTest {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** The role expressions of {@link Access}, by name. */
    private static Map<String, String> expressions() throws IllegalAccessException {
        Map<String, String> found = new TreeMap<>();
        for (Field field : Access.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                found.put(field.getName(), (String) field.get(null));
            }
        }
        return found;
    }

    private static Set<Role> rolesOf(String expression) {
        Matcher m = QUOTED.matcher(expression);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        while (m.find()) {
            String literal = m.group(1);
            roles.add(Role.of(literal).orElseThrow(() -> new AssertionError(expression + " names " + literal
                    + ", not a role of ours")));
        }
        return roles;
    }

    @Test
    void everyExpressionNamesOurRolesOnly() throws Exception {
        assertThat(expressions()).isNotEmpty();
        expressions().forEach((name, expression) -> {
            assertThat(expression).as(name).matches("hasRole\\('\\w+'\\)|hasAnyRole\\(('\\w+'(, )?)+\\)|isAuthenticated\\(\\)");
            rolesOf(expression);
        });
    }

    @Test
    void theExpressionsAndTheSetsServicesDecideWithAgree() {
        assertThat(rolesOf(Access.OFFICIALS)).isEqualTo(Access.OFFICIAL_ROLES);
        assertThat(rolesOf(Access.INVOKERS)).isEqualTo(Access.INVOKER_ROLES);
        assertThat(rolesOf(Access.INVOKERS_OR_EXPERT)).containsAll(Access.INVOKER_ROLES).contains(Role.EXPERT);
        assertThat(rolesOf(Access.OFFICIALS_OR_REVIEWERS)).containsAll(Access.OFFICIAL_ROLES).contains(Role.REVIEWER);
    }

    /** A {@code @PreAuthorize} written inline (a new role string) fails here, naming the class and method. */
    @Test
    void everyEndpointUsesAnExpressionOfAccess() throws Exception {
        Set<String> allowed = Set.copyOf(expressions().values());
        List<String> inline = new ArrayList<>();
        int checked = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.yingji")) {
            List<String> found = new ArrayList<>();
            c.tryGetAnnotationOfType(PreAuthorize.class).ifPresent(a -> found.add(c.getSimpleName() + ": " + a.value()));
            c.getMethods().forEach(m -> m.tryGetAnnotationOfType(PreAuthorize.class)
                    .ifPresent(a -> found.add(c.getSimpleName() + "." + m.getName() + ": " + a.value())));
            checked += found.size();
            found.stream().filter(f -> !allowed.contains(f.substring(f.indexOf(": ") + 2))).forEach(inline::add);
        }
        assertThat(checked).as("endpoints with a role rule").isGreaterThan(50);
        assertThat(inline).as("role rules not written in Access").isEmpty();
    }

    @Test
    void everyRoleHasAChineseName() {
        assertThat(EnumSet.allOf(Role.class).stream().collect(Collectors.toMap(Role::literal, Role::label)))
                .containsEntry("county_officer", "县级业务员").containsEntry("reviewer", "备案审查员")
                .allSatisfy((literal, label) -> assertThat(label).matches("\\p{IsHan}+"));
    }
}
