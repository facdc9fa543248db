package org.reintegration.portal.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The IATI 2.03 activity schema as published by IATI (shipped in {@code iati/}), checking documents the
 * portal writes. Reading the schema resolves its includes next to it on the classpath, never over the
 * network.
 */
final class IatiSchema {

    private static final Schema SCHEMA = load();

    private IatiSchema() {}

    /** The problems the schema finds in the document, each with its line and column; empty when it is valid. */
    static List<String> problems(byte[] document) {
        return problems(new StreamSource(new ByteArrayInputStream(document)));
    }

    /** Like {@link #problems(byte[])} for a document in a file, read as it is checked (not held in memory). */
    static List<String> problems(java.nio.file.Path document) {
        return problems(new StreamSource(document.toFile()));
    }

    private static List<String> problems(StreamSource document) {
        List<String> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) {
                    problems.add(describe(e));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add(describe(e));
                }
            });
            validator.validate(document);
        } catch (SAXParseException e) {
            if (problems.isEmpty()) {
                problems.add(describe(e));
            }
        } catch (SAXException | IOException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private static String describe(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
    }

    private static Schema load() {
        URL xsd = IatiSchema.class.getResource("/iati/iati-activities-schema.xsd");
        if (xsd == null) {
            throw new IllegalStateException("iati/iati-activities-schema.xsd is missing from the classpath");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the includes are files next to the schema, inside the application: "jar" and "file" only
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The IATI schema cannot be read", e);
        }
    }
}
