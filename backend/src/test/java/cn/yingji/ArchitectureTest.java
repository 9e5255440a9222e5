package cn.yingji;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

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

    /** Shared mechanisms do not know the features built on them. */
    @Test
    void platformAndTenancyDoNotDependOnFeatures() {
        noClasses().that().resideInAnyPackage("cn.yingji.platform..", "cn.yingji.tenancy..", "cn.yingji.search..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.yingji.orgunits..", "cn.yingji.plans..", "cn.yingji.drills..",
                        "cn.yingji.experts..", "cn.yingji.searchterms..")
                .check(CLASSES);
    }

    /** The platform package stays free of generated schema classes: it must not know any table. */
    @Test
    void platformDoesNotKnowTheSchema() {
        noClasses().that().resideInAPackage("cn.yingji.platform..")
                .should().dependOnClassesThat().resideInAPackage("cn.yingji.db..")
                .check(CLASSES);
    }
}
