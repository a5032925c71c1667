package jp.sosportal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * Issue 16: a session moves to another node of the cluster (the data grid serializes it). Every session-, view- and
 * conversation-scoped bean of the pages must then serialize and work on the other node: Serializable, no
 * {@code @Inject transient} field (null after the move: CDI's proxies of EJBs and normal-scoped beans serialize), and
 * no field of a type that does not serialize. A plain {@code transient} field is allowed: it is a cache its bean
 * reloads when it finds it null.
 */
class WebScopedBeansTest {

    private static final java.util.Set<Class<?>> CHECKED = new java.util.HashSet<>();
    private static final List<String> NOT_SERIALIZABLE = new ArrayList<>();

    @Test
    void everyPassivatingBeanSerializesWhole() throws IOException, URISyntaxException {
        List<Class<?>> beans = passivatingBeans();
        assertThat(beans).as("the pages' session- and view-scoped beans").hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    problem(field).ifPresent(problems::add);
                }
            }
        }
        assertThat(problems).as("beans; deeper: %s", NOT_SERIALIZABLE).isEmpty();
    }

    private static Optional<String> problem(Field field) {
        int modifiers = field.getModifiers();
        String name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
        if (Modifier.isStatic(modifiers)) {
            return Optional.empty();
        }
        boolean injected = field.isAnnotationPresent(Inject.class);
        if (Modifier.isTransient(modifiers)) {
            return injected ? Optional.of(name + ": @Inject transient is null after failover") : Optional.empty();
        }
        if (injected && isProxiedBean(field.getType())) {
            return Optional.empty();
        }
        return serializes(field.getGenericType()) ? Optional.empty()
                : Optional.of(name + ": " + field.getGenericType().getTypeName() + " does not serialize");
    }

    /** EJBs and normal-scoped beans are injected as serializable proxies. */
    private static boolean isProxiedBean(Class<?> type) {
        return Stream.of(Stateless.class, Singleton.class, ApplicationScoped.class, RequestScoped.class,
                SessionScoped.class, ViewScoped.class).anyMatch(type::isAnnotationPresent);
    }

    private static boolean serializes(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            return (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || serializes(raw))
                    && Stream.of(parameterized.getActualTypeArguments()).allMatch(WebScopedBeansTest::serializes);
        }
        if (!(type instanceof Class<?> c)) {
            return true; // a type variable or wildcard: its bound is checked where it is used
        }
        // java.time.Clock is abstract, not Serializable; every clock the JDK makes (system, offset, fixed) is.
        boolean serializable = c.isPrimitive() || c.isEnum() || Serializable.class.isAssignableFrom(c)
                || c == Clock.class
                || (c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)));
        return serializable && (c.isArray() ? serializes(c.getComponentType()) : fieldsSerialize(c));
    }

    /**
     * Our own classes (entities, their embeddables, records) must serialize whole, not only say so. The fields a
     * library superclass declares are the library's to answer for (PrimeFaces' LazyDataModel is Serializable and
     * keeps an optional converter that our tables do not set).
     */
    private static boolean fieldsSerialize(Class<?> c) {
        if (!c.getName().startsWith("jp.sosportal.") || c.isEnum() || !CHECKED.add(c)) {
            return true;
        }
        for (Class<?> k = c; k != null && k.getName().startsWith("jp.sosportal."); k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                        && !field.getName().startsWith("_persistence") && !serializes(field.getGenericType())) {
                    NOT_SERIALIZABLE.add(k.getName() + "." + field.getName());
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Class<?>> passivatingBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(WebScopedBeansTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name, false, WebScopedBeansTest.class.getClassLoader());
                    if (Stream.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class,
                            org.omnifaces.cdi.ViewScoped.class).anyMatch(c::isAnnotationPresent)) {
                        beans.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        return beans;
    }
}
