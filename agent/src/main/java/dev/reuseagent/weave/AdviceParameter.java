package dev.reuseagent.weave;

/** One parameter of an advice method: which value it receives (from its annotation) and its declared type. */
final class AdviceParameter {

    /** The value an advice parameter receives, one per parameter annotation of {@link Advice}. */
    enum Kind {
        THIS, ARGUMENT, RETURN, THROWN, ENTER, FIELD_VALUE
    }

    final Kind kind;
    /** The argument index of {@link Kind#ARGUMENT}, otherwise -1. */
    final int argument;
    /** The field name of {@link Kind#FIELD_VALUE}, otherwise null. */
    final String field;
    /** The parameter's declared type descriptor. */
    final String descriptor;

    AdviceParameter(Kind kind, int argument, String field, String descriptor) {
        this.kind = kind;
        this.argument = argument;
        this.field = field;
        this.descriptor = descriptor;
    }

    /** How the parameter reads in a failure message, e.g. {@code @Argument(1) long}. */
    String describe() {
        StringBuilder text = new StringBuilder("@");
        switch (kind) {
            case THIS: text.append("This"); break;
            case ARGUMENT: text.append("Argument(").append(argument).append(')'); break;
            case RETURN: text.append("Return"); break;
            case THROWN: text.append("Thrown"); break;
            case ENTER: text.append("Enter"); break;
            default: text.append("FieldValue(\"").append(field).append("\")"); break;
        }
        return text.append(' ').append(descriptor).toString();
    }
}
