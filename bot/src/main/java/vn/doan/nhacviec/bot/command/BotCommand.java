package vn.doan.nhacviec.bot.command;

/** A command handler: declares itself and acts. Checks of access and place are done before {@link #handle}. */
public interface BotCommand {

    CommandSpec spec();

    void handle(CommandContext context);

    /**
     * Arguments that show the command at work, for the permission matrix and the property tests
     * (each is sent as {@code /name arguments}). Placeholders the matrix fills in for each case, with
     * a unit inside the caller's part of the tree or outside it:
     * <ul>
     *   <li>{@code {unit}}: a branch (the one where a secretary or member holds the role);</li>
     *   <li>{@code {place}}: another branch next to it;</li>
     *   <li>{@code {member}}: a member of {@code {unit}}, as {@code #id};</li>
     *   <li>{@code {obligation}}: the code of an obligation of a plan issued by the branches' parent;</li>
     *   <li>{@code {unitsCsv}}: the path of a CSV file adding a unit under {@code {unit}};</li>
     *   <li>{@code {catalogYaml}}: the path of a catalogue file whose plan is issued by the branches' parent;</li>
     *   <li>{@code {new}}: a unit code not in use yet (not scoped).</li>
     * </ul>
     * An argument using any of them but {@code {new}} is about that part of the tree: outside it the
     * command must refuse. Commands without arguments keep the default.
     */
    default java.util.List<String> exampleArguments() {
        return java.util.List.of("");
    }
}
