package org.childinneed.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childinneed.model.Coded;
import org.childinneed.model.meeting.ReviewOutcome;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.plan.ClosureReason;
import org.childinneed.model.plan.PlanElement;
import org.childinneed.model.plan.PlanOrigin;
import org.junit.jupiter.api.Test;

/**
 * The language reference writes every code list out for policy authors (issue 12: "every code list
 * (roles, plan elements, origins, outcomes, closure reasons) written out"); this holds its table to
 * the domain model, so a code added to the model cannot be missing from the reference.
 */
class CodeListsTest {

    private static final Map<String, Class<? extends Coded>> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("roles (open)", Role.class);
        LISTS.put("plan elements (open)", PlanElement.class);
        LISTS.put("plan origins", PlanOrigin.class);
        LISTS.put("review outcomes", ReviewOutcome.class);
        LISTS.put("closure reasons", ClosureReason.class);
    }

    @Test
    void theReadmesCodeListsAreTheModelsInOrder() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("### Code lists"), readme.indexOf("## Conditions"));
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (String line : section.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| list ")).toList()) {
            String[] cells = line.split("\\|");
            List<String> codes = new java.util.ArrayList<>();
            Matcher m = Pattern.compile("`([a-z0-9-]+)`").matcher(cells[3]);
            while (m.find()) {
                codes.add(m.group(1));
            }
            written.put(cells[1].strip(), codes);
        }
        Map<String, List<String>> model = new LinkedHashMap<>();
        LISTS.forEach((name, type) -> model.put(name, Arrays.stream(type.getEnumConstants()).map(Coded::code).toList()));
        assertEquals(model, written);
    }
}
