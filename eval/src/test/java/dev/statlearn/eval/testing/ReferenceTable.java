package dev.statlearn.eval.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads a "key = v1 v2 …" reference file written by a script under tools/reference. */
public final class ReferenceTable {

    private final Map<String, String[]> values = new HashMap<>();

    private ReferenceTable() {
    }

    /**
     * Loads a resource next to the given class.
     *
     * @param anchor class whose package holds the resource
     * @param name   resource file name
     * @return the table
     */
    public static ReferenceTable load(Class<?> anchor, String name) {
        ReferenceTable t = new ReferenceTable();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int eq = line.indexOf(" = ");
                String v = line.substring(eq + 3).trim();
                t.values.put(line.substring(0, eq).trim(), v.isEmpty() ? new String[0] : v.split(" "));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String[] strings(String key) {
        String[] v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no reference key " + key);
        }
        return v;
    }

    public int[] ints(String key) {
        String[] s = strings(key);
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = Integer.parseInt(s[i]);
        }
        return out;
    }

    public double[] doubles(String key) {
        String[] s = strings(key);
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i].startsWith("0x") || s[i].startsWith("-0x") ? Double.parseDouble(s[i] + (s[i].contains("p") ? "" : "p0")) : Double.parseDouble(s[i]);
        }
        return out;
    }
}
