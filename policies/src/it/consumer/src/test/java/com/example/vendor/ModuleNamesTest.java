package com.example.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.jar.JarFile;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.BundledPolicies;
import org.junit.jupiter.api.Test;

/** Each published jar, as this product receives it, names its module for the module path. */
class ModuleNamesTest {

    @Test
    void eachJarCarriesItsAutomaticModuleName() throws Exception {
        assertModuleName(CaseRecord.class, "org.childinneed.model");
        assertModuleName(PolicyCompiler.class, "org.childinneed.dsl");
        assertModuleName(BundledPolicies.class, "org.childinneed.policies");
    }

    private static void assertModuleName(Class<?> type, String expected) throws Exception {
        Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(jar.toString().endsWith(".jar"), jar + " is not a jar");
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals(expected, file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"), jar.toString());
        }
    }
}
