package org.reintegration.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.reintegration.portal.base.AheadOfTimeStartCheck;
import org.reintegration.portal.base.db.EmbeddedDatabaseHeadStart;
import org.reintegration.portal.cli.OutcomeCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Community Reintegration Project Portal.
 *
 * <p>{@code java -jar portal.jar} starts the web portal. {@code java -jar portal.jar outcome RULE FILE.pb}
 * replays a participatory-budgeting election from a Pabulib file without starting the portal.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("outcome")) {
            // Replaying an election needs neither the web server nor the database.
            System.exit(OutcomeCommand.run(args, System.out, System.err));
        }
        SpringApplication application = new SpringApplication(Application.class);
        // the embedded database starts while Spring builds the rest (docs/benchmarks.md, start-up)
        application.addListeners(new EmbeddedDatabaseHeadStart(), new AheadOfTimeStartCheck());
        application.run(args);
    }
}
