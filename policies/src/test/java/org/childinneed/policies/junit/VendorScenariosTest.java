package org.childinneed.policies.junit;

import java.nio.file.Path;
import org.childinneed.policies.scenario.Fixture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Scenarios run the way a vendor's suite runs them: a folder, a lookup, a test factory. */
class VendorScenariosTest {

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return Scenarios.in(Path.of("src/test/resources/scenario-samples")).using(Fixture.LOOKUP).asDynamicTests();
    }
}
