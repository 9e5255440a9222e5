package cn.yingji;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import cn.yingji.tenancy.TenantTx;

/** The boundaries that keep the one-mechanism-per-concern promise, checked on the compiled classes. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.yingji");

    /**
     * Nobody but the tenant transaction helper holds the database: every other class gets a
     * {@link DSLContext} handed in by {@link TenantTx#call}, so no query can run without the caller's tenant
     * context. The two exceptions run before or outside any tenant: the resolver of the token's tenant, and
     * the search indexer's own pool (role yingji_indexer), whose documents reach users only through the
     * sharing filter.
     */
    @Test
    void onlyTheTenantTransactionHelperHoldsTheDatabase() {
        fields().that().haveRawType(DSLContext.class)
                .should().beDeclaredIn(TenantTx.class)
                .orShould().beDeclaredIn("cn.yingji.tenancy.TenantDirectory")
                .orShould().beDeclaredIn("cn.yingji.search.IndexerDatabase")
                .check(CLASSES);
    }

    /**
     * One module per area of work (a package under {@code cn.yingji}): the modules it may use, the tables it owns and
     * the tables of other modules it reads (the generated jOOQ classes of {@code cn.yingji.db.tables}). The shared
     * mechanisms (platform, tenancy, audit, search, records, idempotency, attachments, obligations, notifications) come first
     * and know no feature; a feature declares what it builds on.
     */
    record Module(Set<String> uses, Set<String> owns, Set<String> reads) {
    }

    static final Map<String, Module> MODULES = Map.ofEntries(
            Map.entry("platform", new Module(Set.of(), Set.of("JobRun"), Set.of())),
            // the tenant catalog's loader (its own Maven module, tenants/)
            Map.entry("tenants", new Module(Set.of(), Set.of(), Set.of())),
            Map.entry("tenancy", new Module(Set.of("platform"), Set.of("Tenant", "Person"), Set.of())),
            Map.entry("audit", new Module(Set.of("tenancy"), Set.of("AuditLog"), Set.of())),
            Map.entry("search", new Module(Set.of("platform", "tenancy"), Set.of("Outbox"), Set.of())),
            Map.entry("records", new Module(Set.of("audit", "platform", "search", "tenancy"), Set.of(), Set.of())),
            Map.entry("idempotency", new Module(Set.of("platform", "tenancy"), Set.of("IdempotentRequest"), Set.of())),
            Map.entry("attachments", new Module(Set.of("platform", "records", "tenancy"), Set.of(), Set.of())),
            Map.entry("filing", new Module(Set.of("platform", "tenancy"), Set.of(), Set.of())),
            Map.entry("notifications", new Module(Set.of("platform", "records", "tenancy"),
                    Set.of("Notification", "NotificationRead", "NotificationRoute", "NotificationDelivery"), Set.of("Tenant"))),
            Map.entry("obligations", new Module(Set.of("filing", "notifications", "platform", "records", "tenancy"),
                    Set.of("Obligation"), Set.of("Tenant"))),
            Map.entry("orgunits", new Module(Set.of("platform", "records", "tenancy"), Set.of("OrgUnit"), Set.of())),
            Map.entry("people", new Module(Set.of("platform", "records", "tenancy"), Set.of(), Set.of("Person", "OrgUnit"))),
            Map.entry("searchterms", new Module(Set.of("idempotency", "platform", "records", "tenancy"),
                    Set.of("SearchTermGroup"), Set.of("Tenant"))),
            Map.entry("plans", new Module(
                    Set.of("attachments", "filing", "obligations", "platform", "records", "search", "searchterms", "tenancy"),
                    Set.of("Plan", "PlanAlignment", "PlanAttachment", "PlanEvaluation", "PlanRevisionTrigger"),
                    Set.of("CampaignTask", "OrgUnit", "PlanTemplate", "Tenant"))),
            // 备案: submission, review and receipts of the plans (the rules of the route and the clock are filing's)
            Map.entry("filings", new Module(
                    Set.of("filing", "idempotency", "notifications", "obligations", "plans", "platform", "records", "tenancy"),
                    Set.of("Filing", "FilingDecision", "FilingNumberCounter"),
                    Set.of("AuditLog", "OrgUnit", "Plan", "PlanAttachment", "Tenant"))),
            Map.entry("templates", new Module(Set.of("plans", "platform", "records", "tenancy"), Set.of("PlanTemplate"),
                    Set.of("Tenant"))),
            Map.entry("campaigns", new Module(Set.of("obligations", "plans", "platform", "records", "tenancy"),
                    Set.of("RevisionCampaign", "CampaignTask"), Set.of("OrgUnit", "Plan", "PlanTemplate", "Tenant"))),
            Map.entry("drills", new Module(Set.of("attachments", "obligations", "plans", "platform", "records", "search", "tenancy"),
                    Set.of("Drill", "DrillAttachment", "CorrectiveAction"), Set.of("Event", "OrgUnit", "Plan", "Tenant"))),
            Map.entry("experts", new Module(Set.of("notifications", "plans", "platform", "records", "search", "searchterms", "tenancy"),
                    Set.of("Expert", "ExpertInvocation"), Set.of("Drill", "OrgUnit", "Plan", "Tenant"))),
            Map.entry("cases", new Module(
                    Set.of("attachments", "plans", "platform", "records", "search", "searchterms", "tenancy"),
                    Set.of("CaseRecord", "CaseStep", "CaseAttachment", "CaseSavedSearch"),
                    Set.of("Drill", "CorrectiveAction", "Plan"))),
            Map.entry("compliance", new Module(Set.of("drills", "filing", "plans", "platform", "tenancy"),
                    Set.of("ComplianceSnapshot", "ComplianceStale"),
                    Set.of("CampaignTask", "Drill", "CorrectiveAction", "Expert", "Filing", "Plan", "RevisionCampaign",
                            "Tenant"))),
            Map.entry("bulletins", new Module(Set.of("attachments", "compliance", "platform", "records", "tenancy"),
                    Set.of("Bulletin"), Set.of("Tenant"))),
            // 统一接报, 事件, 信息报送 (docs/reporting.md)
            Map.entry("events", new Module(
                    Set.of("attachments", "cases", "drills", "idempotency", "notifications", "obligations", "plans",
                            "platform", "records", "search", "tenancy"),
                    Set.of("Event", "IntakeItem", "EventReport", "ReportReading", "Instruction", "InstructionFeedback",
                            "EventReview", "InfoBulletin", "ReportFinding", "EventResponse", "EventCommand"),
                    // a response names the plan it activates (read only)
                    Set.of("Tenant", "Plan"))),
            // 值班值守 and 查岗 (docs/duty.md)
            Map.entry("duty", new Module(
                    Set.of("idempotency", "notifications", "obligations", "platform", "records", "tenancy"),
                    Set.of("DutyPost", "DutyShift", "LeaderAbsence", "DutyLogEntry", "DutyHandover", "DutyHandoverItem",
                            "SpotCheck", "SpotCheckAnswer"),
                    Set.of("Tenant", "Person"))),
            // 预警发布 (docs/warnings.md)
            Map.entry("warnings", new Module(
                    Set.of("idempotency", "notifications", "obligations", "platform", "records", "search", "tenancy"),
                    Set.of("Warning", "WarningAck"),
                    Set.of("Tenant"))));

    /** The module of a class: the package under {@code cn.yingji} it lives in (null for the application class and the schema). */
    static String moduleOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith("cn.yingji.")) {
            return null;
        }
        String rest = pkg.substring("cn.yingji.".length());
        String module = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return "db".equals(module) ? null : module;
    }

    /** The table a generated schema class stands for (its table class or its record class), or null. */
    static String tableOf(JavaClass c) {
        return switch (c.getPackageName()) {
            case "cn.yingji.db.tables" -> c.getSimpleName();
            case "cn.yingji.db.tables.records" -> c.getSimpleName().replaceFirst("Record$", "");
            default -> null;
        };
    }

    /** What each module uses of the others (modules, tables), from the compiled classes. */
    static Map<String, Set<String>> actual(boolean tables) {
        Map<String, Set<String>> found = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            String module = moduleOf(c);
            if (module == null) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = tables ? tableOf(d.getTargetClass()) : moduleOf(d.getTargetClass());
                if (target != null && !target.equals(module)) {
                    found.computeIfAbsent(module, k -> new TreeSet<>()).add(target);
                }
            }
        }
        return found;
    }

    /**
     * Module boundaries: a module uses only the modules it declares, and touches only the tables it owns or declares
     * it reads; every package is a declared module; a declaration nothing needs any more is removed (the map stays
     * the truth). Adding {@code import cn.yingji.drills.Drills} to a class of plans fails here, naming the class.
     */
    @Test
    void everyModuleUsesOnlyWhatItDeclares() {
        Map<String, Set<String>> uses = actual(false);
        Map<String, Set<String>> touches = actual(true);
        assertThat(MODULES.keySet()).as("every package under cn.yingji is a declared module")
                .containsAll(CLASSES.stream().map(ArchitectureTest::moduleOf).filter(m -> m != null).collect(Collectors.toSet()));
        List<String> wrong = new java.util.ArrayList<>();
        MODULES.forEach((name, module) -> {
            Set<String> used = uses.getOrDefault(name, Set.of());
            Set<String> owned = new HashSet<>(module.owns());
            owned.addAll(module.reads());
            for (String m : used) {
                if (!module.uses().contains(m)) {
                    wrong.add(name + " uses " + m + " without declaring it: " + culprits(name, false, m));
                }
            }
            for (String t : touches.getOrDefault(name, Set.of())) {
                if (!owned.contains(t)) {
                    wrong.add(name + " touches table " + t + " it neither owns nor declares: " + culprits(name, true, t));
                }
            }
            module.uses().stream().filter(m -> !used.contains(m))
                    .forEach(m -> wrong.add(name + " declares " + m + " but no longer uses it"));
            module.reads().stream().filter(t -> !touches.getOrDefault(name, Set.of()).contains(t))
                    .forEach(t -> wrong.add(name + " declares it reads " + t + " but no longer does"));
        });
        assertThat(wrong).as("module boundaries (ArchitectureTest.MODULES)").isEmpty();
    }

    /** Every table has one owner module. */
    @Test
    void everyTableHasOneOwner() {
        Set<String> tables = new ClassFileImporter().importPackages("cn.yingji.db.tables").stream()
                .filter(c -> c.getPackageName().equals("cn.yingji.db.tables") && !c.isNestedClass())
                .map(JavaClass::getSimpleName).collect(Collectors.toSet());
        List<String> owners = MODULES.values().stream().flatMap(m -> m.owns().stream()).toList();
        assertThat(owners).as("each table owned once").doesNotHaveDuplicates();
        assertThat(new HashSet<>(owners)).as("the tables and their owners").isEqualTo(tables);
    }

    /** The classes of {@code module} that use {@code target} (a module or a table). */
    private static String culprits(String module, boolean table, String target) {
        return CLASSES.stream().filter(c -> module.equals(moduleOf(c)))
                .filter(c -> c.getDirectDependenciesFromSelf().stream().anyMatch(d -> target.equals(
                        table ? tableOf(d.getTargetClass()) : moduleOf(d.getTargetClass()))))
                .map(JavaClass::getSimpleName).sorted().distinct().collect(Collectors.joining(", "));
    }

    /** The platform package stays free of generated schema classes: it must not know any table. */
    @Test
    void platformDoesNotKnowTheSchema() {
        noClasses().that().resideInAPackage("cn.yingji.platform..")
                .should().dependOnClassesThat().resideInAPackage("cn.yingji.db..")
                .check(CLASSES);
    }
}
