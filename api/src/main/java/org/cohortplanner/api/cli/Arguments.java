package org.cohortplanner.api.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's positional arguments and {@code --name value} options, checked against what it accepts. */
final class Arguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    Arguments(String[] args, Set<String> valueOptions, Set<String> flags) {
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
            } else if (flags.contains(arg)) {
                options.put(arg, "true");
            } else if (valueOptions.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value");
                }
                options.put(arg, args[++i]);
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
    }

    String positional(int index, String name) {
        if (index >= positional.size()) {
            throw new UsageException("missing " + name);
        }
        return positional.get(index);
    }

    int positionalCount() {
        return positional.size();
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("missing " + name);
        }
        return value;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    int intOption(String name, int fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " is not a whole number (" + value + ")");
        }
    }

    double doubleOption(String name, double fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " is not a number (" + value + ")");
        }
    }
}
