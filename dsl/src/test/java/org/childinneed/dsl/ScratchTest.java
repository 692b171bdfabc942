package org.childinneed.dsl;

import org.junit.jupiter.api.Test;

class ScratchTest {
    static final String HEAD = "policy t \"T\"\n  version \"1\"\n  source \"t.txt\"\n";
    @Test
    void show() {
        String[] scripts = {
            HEAD + "rule T-01 \"x\"\n  cite \"s\"\n  finding chair-not-permitted\n    for each meeting\n    if " + "(".repeat(40) + "chair is team-manager" + ")".repeat(40) + "\n",
        };
        for (String s : scripts) {
            System.out.println("=========\n" + Scripts.compile(s).render());
        }
    }
}
