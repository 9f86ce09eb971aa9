package fr.budgetcitoyen.testing;

import fr.budgetcitoyen.audit.V38__Chain_audit_log;
import fr.budgetcitoyen.territory.Territory;
import fr.budgetcitoyen.territory.V2__Load_communes;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A stand-in for the application server, just enough to run the services on a real JPA provider: a fresh H2
 * database in memory migrated by Flyway as in production, Hibernate counting its statements, one persistence
 * context per transaction, and the services' fields injected by the house's conventions (a repository interface
 * is served by the {@code Jpa…} class beside it; other beans of the application are built and injected alike).
 */
public final class TestContainer implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final Map<Class<?>, Object> beans = new HashMap<>();
    private final List<Object> fired = new ArrayList<>();
    private String caller = "nobody@example.org";
    private Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Paris"));

    /** Held, or their level is lost with them: each migration and each session would fill the tests' output. */
    private static final List<java.util.logging.Logger> QUIET = Stream.of("org.flywaydb", "org.hibernate")
            .map(java.util.logging.Logger::getLogger).toList();

    static {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
    }

    private TestContainer(String url) {
        Flyway.configure(getClass().getClassLoader()).dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new V2__Load_communes(), new V38__Chain_audit_log()).load().migrate();
        factory = Persistence.createEntityManagerFactory("ejb-test", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "hibernate.loaded_classes", domainEntities()));
    }

    /** A container on a database of its own, empty but for the migrations' reference data. */
    public static TestContainer start() {
        return new TestContainer("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** The application's bean of that type, its fields injected. */
    public <T> T bean(Class<T> type) {
        return type.cast(resolve(type));
    }

    /** Who the following calls are made by (the caller principal's name: an e-mail address). */
    public void actAs(String email) {
        caller = email;
    }

    public Clock clock() { return clock; }

    /** What the beans fired ({@code Event<Mail>} and others), in order. */
    public List<Object> fired() { return fired; }

    /** One transaction, as a container opens for each call of a stateless bean. */
    public <T> T inTransaction(Supplier<T> work) {
        EntityManager em = factory.createEntityManager();
        current.set(em);
        try {
            em.getTransaction().begin();
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            current.remove();
            em.close();
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Persists what a test starts from, in a transaction of its own. */
    public <T> T persist(T entity) {
        inTransaction(() -> currentEntityManager().persist(entity));
        return entity;
    }

    /** The entity as the current transaction reads it. */
    public <T> T find(Class<T> type, Object id) {
        return currentEntityManager().find(type, id);
    }

    /** How many SQL statements Hibernate prepared while the work ran. */
    public long statementsOf(Runnable work) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }

    @Override
    public void close() {
        factory.close();
    }

    private EntityManager currentEntityManager() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("No transaction: wrap the call in inTransaction");
        }
        return em;
    }

    private Object resolve(Class<?> type) {
        Object existing = beans.get(type);
        if (existing != null) {
            return existing;
        }
        try {
            Class<?> implementation = type.isInterface() ? jpaImplementationOf(type) : type;
            var constructor = implementation.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object bean = constructor.newInstance();
            beans.put(type, bean);
            inject(bean);
            return bean;
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }

    /** {@code Jpa} + the interface's name, beside it or in a package above ({@code allocation.plan} → {@code allocation}). */
    private static Class<?> jpaImplementationOf(Class<?> repository) throws ClassNotFoundException {
        for (String pkg = repository.getPackageName(); pkg.contains("."); pkg = pkg.substring(0, pkg.lastIndexOf('.'))) {
            try {
                return Class.forName(pkg + ".Jpa" + repository.getSimpleName());
            } catch (ClassNotFoundException notHere) {
                // one package up
            }
        }
        throw new ClassNotFoundException("Jpa" + repository.getSimpleName());
    }

    private void inject(Object bean) throws IllegalAccessException {
        for (Class<?> c = bean.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)
                        || field.isAnnotationPresent(PersistenceContext.class) || field.isAnnotationPresent(Resource.class)) {
                    Object value = valueFor(field);
                    if (value != null) {
                        field.setAccessible(true);
                        field.set(bean, value);
                    }
                }
            }
        }
    }

    private Object valueFor(Field field) {
        Class<?> type = field.getType();
        ConfigProperty config = field.getAnnotation(ConfigProperty.class);
        if (config != null) {
            return type == Optional.class ? Optional.empty() : type == String.class ? config.defaultValue() : null;
        }
        if (type == EntityManager.class) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{EntityManager.class},
                    (proxy, method, args) -> invoke(method, currentEntityManager(), args));
        }
        if (type == SessionContext.class) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{SessionContext.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getCallerPrincipal" -> (java.security.Principal) () -> caller;
                        case "isCallerInRole" -> false;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
        if (type == Event.class) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Event.class},
                    (proxy, method, args) -> method.getName().equals("fire") ? fired.add(args[0]) : null);
        }
        if (type == Clock.class) {
            return clock;
        }
        return type.getPackageName().startsWith("fr.budgetcitoyen") ? resolve(type) : null;
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Every {@code @Entity} of the domain module, wherever its classes are (a folder in the reactor, a jar otherwise). */
    private static List<Class<?>> domainEntities() {
        try {
            Path root = Path.of(Territory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (FileSystem jar = Files.isDirectory(root) ? null : FileSystems.newFileSystem(root);
                 Stream<Path> files = Files.walk(jar == null ? root : jar.getPath("/"))) {
                Path base = jar == null ? root : jar.getPath("/");
                List<Class<?>> entities = new ArrayList<>();
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = base.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                    entityNamed(name).ifPresent(entities::add);
                }
                return entities;
            }
        } catch (URISyntaxException | java.io.IOException e) {
            throw new IllegalStateException("Cannot list the domain's entities", e);
        }
    }

    /** A class needing what only the server provides (MicroProfile Health…) is no entity: skipped. */
    private static Optional<Class<?>> entityNamed(String name) {
        try {
            Class<?> type = Class.forName(name, false, TestContainer.class.getClassLoader());
            return type.isAnnotationPresent(Entity.class) ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError serverOnly) {
            return Optional.empty();
        }
    }
}
