package org.childinneed.policies.scenario;

/**
 * A place in a scenario file: its JSON pointer, its path as messages print it, and the name of the
 * field it is in.
 */
record Place(String pointer, String path, String name) {

    static final Place ROOT = new Place("", "", "");

    Place field(String field) {
        return new Place(pointer + "/" + field.replace("~", "~0").replace("/", "~1"),
                path.isEmpty() ? field : path + "." + field, field);
    }

    Place index(int i) {
        return new Place(pointer + "/" + i, path + "[" + i + "]", name);
    }
}
