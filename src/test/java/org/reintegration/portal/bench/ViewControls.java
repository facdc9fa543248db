package org.reintegration.portal.bench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

/** A view's controls as the benchmark sets them, the way a user's choice in a filter would. */
final class ViewControls {

    private ViewControls() {}

    /** Sets a field of the view, or of one of the view's parts (the map's filters sit in a part of their own). */
    @SuppressWarnings("unchecked")
    static void set(Component view, String field, Object value) {
        try {
            Object owner = view;
            Field f = declared(view.getClass(), field);
            if (f == null) {
                for (Field part : view.getClass().getDeclaredFields()) {
                    part.setAccessible(true);
                    Object candidate = part.get(view);
                    Field inPart = candidate instanceof Component ? declared(candidate.getClass(), field) : null;
                    if (inPart != null && HasValue.class.isAssignableFrom(inPart.getType())) {
                        owner = candidate;
                        f = declared(candidate.getClass(), field);
                        break;
                    }
                }
            }
            if (f == null) {
                throw new IllegalStateException("no field " + field + " in " + view.getClass());
            }
            f.setAccessible(true);
            ((HasValue<?, Object>) f.get(owner)).setValue(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field declared(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Enum> layerKinds(String... names) {
        try {
            Class<? extends Enum> kind =
                    (Class<? extends Enum>) Class.forName("org.reintegration.portal.map.ui.MapLayerKind");
            return Arrays.stream(names).map(n -> (Enum) Enum.valueOf(kind, n)).toList();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints what the map page sends of its layers, raw and gzip-compressed (as the server sends it). */
    static void printLayersSent(String name, Component view) {
        StringBuilder sent = new StringBuilder();
        java.util.ArrayDeque<Component> todo = new java.util.ArrayDeque<>(List.of(view));
        while (!todo.isEmpty()) {
            Component component = todo.pop();
            if (component.getElement().getTag().equals("leaflet-map")) {
                component.getElement().getPropertyNames().forEach(property -> {
                    if (property.startsWith("layer")) {
                        sent.append(component.getElement().getProperty(property, ""));
                    }
                });
            }
            component.getChildren().forEach(todo::push);
        }
        byte[] raw = sent.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(zipped)) {
            zip.write(raw);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("page %s, layers sent: %,d kB, gzip %,d kB%n", name, raw.length / 1024, zipped.size() / 1024);
    }
}
