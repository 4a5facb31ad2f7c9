package convreel.cli;

import convreel.script.SceneSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema of scene files, made from the loader's own rules: the one committed as "
                + SceneSchema.PATH + ", for editors that complete keys and flag mistakes as you type.")
final class SchemaCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SceneSchema.json());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
