package org.palabre.security.control;

import java.lang.reflect.Method;
import java.util.List;
import java.util.OptionalInt;

/**
 * The HTTP port Payara Micro serves this forum on, read from Payara Micro's own API. Read by reflection so that
 * Palabre neither compiles against nor packages Payara's classes, and so that plain unit tests (no Payara) get an
 * empty answer instead of a linkage error.
 */
final class ListeningPort {

    /** Payara's own default when no {@code --port} is given (its domain.xml). */
    static final int PAYARA_DEFAULT = 8080;

    private ListeningPort() {}

    static int ofThisServer() {
        return payaraMicro().orElse(PAYARA_DEFAULT);
    }

    static OptionalInt payaraMicro() {
        try {
            Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
            Object instance = micro.getMethod("getInstance").invoke(null);
            OptionalInt bound = boundPort(micro, instance);
            if (bound.isPresent()) {
                return bound;
            }
            // The port given with --port (or -1 when none was), when the running instance cannot say more.
            int configured = (Integer) micro.getMethod("getHttpPort").invoke(instance);
            return configured > 0 ? OptionalInt.of(configured) : OptionalInt.empty();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException notPayaraMicro) {
            return OptionalInt.empty();
        }
    }

    /** The ports actually bound (they differ from --port with --autoBindHttp), once the runtime is up. */
    private static OptionalInt boundPort(Class<?> micro, Object instance) {
        try {
            Object runtime = micro.getMethod("getRuntime").invoke(instance);
            Method localDescriptor =
                    Class.forName("fish.payara.micro.PayaraMicroRuntime").getMethod("getLocalDescriptor");
            Object descriptor = localDescriptor.invoke(runtime);
            if (descriptor == null) {
                return OptionalInt.empty();
            }
            Object ports = Class.forName("fish.payara.micro.data.InstanceDescriptor")
                    .getMethod("getHttpPorts")
                    .invoke(descriptor);
            return ports instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Integer port
                    ? OptionalInt.of(port)
                    : OptionalInt.empty();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException notYetRunning) {
            return OptionalInt.empty();
        }
    }
}
