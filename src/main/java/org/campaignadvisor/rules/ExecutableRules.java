package org.campaignadvisor.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The rule files compiled ahead of time into Drools' executable model: plain Java classes, packed as
 * a jar, that build a rule base without parsing or compiling anything. Building takes seconds;
 * loading takes a fraction of one. Only rules that already compiled and passed every check are built
 * this way (see {@link RuleCache}).
 */
final class ExecutableRules {
    private static final String MODEL_LIST = "META-INF/kie/org.campaignadvisor/rules/drools-model";
    private static final AtomicLong BUILDS = new AtomicLong();

    private ExecutableRules() {
    }

    /** Compiles the rule files into an executable-model jar. */
    static byte[] build(RuleFiles files) throws IOException {
        KieServices kie = KieServices.Factory.get();
        // Drools keeps every KieModule it builds in a repository keyed by release id: one id per build.
        ReleaseId id = kie.newReleaseId("org.campaignadvisor", "rules",
                "1.0." + BUILDS.incrementAndGet() + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        KieFileSystem kfs = kie.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        for (String name : files.names()) {
            // every rule file declares package "advisor"; a matching folder keeps Drools from warning
            kfs.write("src/main/resources/advisor/" + name.replace('/', '-'), files.texts().get(name).getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder;
        synchronized (RuleBook.BUILD_LOCK) {
            builder = kie.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IOException("the executable model did not build: " + errors.get(0).getText().lines().findFirst().orElse(""));
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        byte[] jar = module.getBytes();
        kie.getRepository().removeKieModule(id);
        return jar;
    }

    /** Builds a rule base from an executable-model jar, in a class loader of its own. */
    static KieBase load(byte[] jar) throws IOException {
        JarClassLoader loader = new JarClassLoader(jar, ExecutableRules.class.getClassLoader());
        byte[] list = loader.resource(MODEL_LIST);
        if (list == null) {
            throw new IOException("not an executable-model jar (no " + MODEL_LIST + ")");
        }
        List<Model> models = new ArrayList<>();
        for (String line : new String(list, StandardCharsets.UTF_8).lines().toList()) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
                continue;
            }
            try {
                models.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                throw new IOException("model class " + name + " cannot be loaded: " + e, e);
            }
        }
        if (models.isEmpty()) {
            throw new IOException("the jar lists no model class");
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** Loads classes from the bytes of a jar held in memory: nothing on disk stays open or locked. */
    private static final class JarClassLoader extends ClassLoader {
        private final Map<String, byte[]> entries = new HashMap<>();

        JarClassLoader(byte[] jar, ClassLoader parent) throws IOException {
            super(parent);
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    if (!entry.isDirectory()) {
                        entries.put(entry.getName(), zip.readAllBytes());
                    }
                }
            }
            if (entries.isEmpty()) {
                throw new IOException("the jar is empty or not a jar");
            }
        }

        byte[] resource(String name) {
            return entries.get(name);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] bytes = entries.get(name);
            return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
        }
    }
}
