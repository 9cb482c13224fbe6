package org.benling.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * The shape of the code (docs/architecture.md, "Anatomy of a service"). Modules: contracts ← platform ← each
 * service, nothing pointing back up and no service using another's classes (they share events and REST only).
 * Inside a service: {@code rest} → {@code service} → {@code domain}; the domain decides, with no web, persistence
 * orchestration or messaging of its own.
 */
final class LayerRules {

    /** The business modules: each a service of its own, one deployable, one database. */
    static final List<String> SERVICES = List.of("personnel", "training", "assessment", "rotation", "inspection",
            "notification", "selection");

    private LayerRules() {
    }

    static String[] servicePackages() {
        return SERVICES.stream().map(s -> "org.benling." + s + "..").toArray(String[]::new);
    }

    /** Contracts and the platform are below every service: they name none. */
    static final ArchRule SHARED_MODULES_NAME_NO_SERVICE = noClasses()
            .that().resideInAnyPackage("org.benling.contracts..", "org.benling.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(servicePackages())
            .because("contracts and platform serve every service and know none of them");

    /** The contracts (events and shared value types) depend on nothing of Benling's own but themselves. */
    static final ArchRule CONTRACTS_STAND_ALONE = noClasses()
            .that().resideInAPackage("org.benling.contracts..")
            .should().dependOnClassesThat().resideInAnyPackage("org.benling.platform..", "org.benling.gateway..")
            .because("the contracts are what other systems read: they must compile alone");

    /** Services talk by events and REST, never by each other's classes. */
    static final ArchRule SERVICES_ARE_INDEPENDENT = slices().matching("org.benling.(*)..")
            .namingSlices("module $1")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                            "org.benling.contracts..", "org.benling.platform.."))
            .because("each service is deployed, scaled and migrated alone");

    /** The domain knows no layer above it. */
    static final ArchRule DOMAIN_KNOWS_NO_LAYER_ABOVE = noClasses()
            .that().resideInAPackage("org.benling.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.benling.*.service..", "org.benling.*.rest..",
                    "org.benling.*.events..", "org.benling.*.demo..")
            .because("entities and rules decide; services orchestrate them");

    /** The domain is plain: no HTTP, no web framework, no messaging. */
    static final ArchRule DOMAIN_HAS_NO_WEB_OR_MESSAGING = noClasses()
            .that().resideInAPackage("org.benling.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                    "io.vertx..", "io.quarkus.vertx..", "org.eclipse.microprofile.reactive.messaging..",
                    "io.smallrye.reactive.messaging..", "org.apache.kafka..", "org.benling.platform.web..",
                    "org.benling.platform.outbox..", "org.benling.platform.inbox..")
            .because("a rule reads like the article it applies, not like a request");

    /**
     * Services orchestrate the domain; the resources sit above them. The API's records ({@code rest.api}) are the
     * language both speak: a service takes a request and answers a view, it never calls a resource.
     */
    static final ArchRule SERVICES_KNOW_NO_RESOURCE = noClasses()
            .that().resideInAPackage("org.benling.*.service..")
            .should().dependOnClassesThat().resideInAPackage("org.benling.*.rest")
            .because("rest → service → domain: the same service serves REST, events and jobs");

    /**
     * The API's records ({@code rest.api}) are what clients read and send: plain data over the domain's values, with no
     * service, resource, event or demo behind them, so that the OpenAPI document and the typed client say all they are.
     */
    static final ArchRule API_RECORDS_ARE_PLAIN = noClasses()
            .that().resideInAPackage("org.benling.*.rest.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.benling.*.service..", "org.benling.*.rest",
                    "org.benling.*.events..", "org.benling.*.demo..")
            .because("rest.api is the language rest and service speak, below both");

    /** What Panache offers an entity's class to read or write rows: finders, counts, deletes, its entity manager. */
    private static final Set<String> PANACHE_QUERIES = Set.of("find", "findAll", "findById", "findByIdOptional",
            "list", "listAll", "stream", "streamAll", "count", "delete", "deleteAll", "deleteById", "update",
            "getEntityManager");

    private static final DescribedPredicate<JavaMethodCall> AN_ENTITY_QUERY = DescribedPredicate.describe(
            "a Panache query on an entity",
            call -> call.getTargetOwner().getPackageName().matches("org\\.benling\\.\\w+\\.domain(\\..*)?")
                    && PANACHE_QUERIES.contains(call.getName()));

    /**
     * Resources read and write through the services: no entity query and no entity manager in {@code rest}, so that
     * scope, paging and the one-query read live where REST, events and jobs all find them.
     */
    static final ArchRule RESOURCES_ASK_THE_SERVICES = noClasses()
            .that().resideInAPackage("org.benling.*.rest..")
            .should().callMethodWhere(AN_ENTITY_QUERY)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("rest → service → domain: a resource maps HTTP, a service decides what is read");

    /** No cycles between packages (each package a slice of its own: rest.api apart from rest). */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.benling.(**)")
            .namingSlices("$1")
            .should().beFreeOfCycles();
}
