package dev.reuseagent.weave;

import org.objectweb.asm.ClassReader;

/**
 * Reads a method's max_locals straight from the class file. ASM reports it only after a method's last instruction,
 * but the woven prologue, written before the first one, must already know where its own locals go.
 */
final class MaxLocals {

    private MaxLocals() {
    }

    /** The max_locals of the Code attribute of the method with this name and descriptor, or -1 if it has none. */
    static int of(ClassReader reader, String name, String descriptor) {
        char[] buffer = new char[reader.getMaxStringLength()];
        // access_flags, this_class, super_class, then the interfaces.
        int offset = reader.header + 6;
        offset += 2 + 2 * reader.readUnsignedShort(offset);
        offset = skipFields(reader, offset);
        int methods = reader.readUnsignedShort(offset);
        offset += 2;
        for (int i = 0; i < methods; i++) {
            // ClassReader caches the strings it decodes, so reading them here costs its later pass nothing.
            boolean wanted = name.equals(reader.readUTF8(offset + 2, buffer))
                    && descriptor.equals(reader.readUTF8(offset + 4, buffer));
            int attributes = reader.readUnsignedShort(offset + 6);
            offset += 8;
            for (int a = 0; a < attributes; a++) {
                if (wanted && "Code".equals(reader.readUTF8(offset, buffer))) {
                    // attribute_name_index u2, attribute_length u4, max_stack u2, max_locals u2
                    return reader.readUnsignedShort(offset + 8);
                }
                offset += 6 + reader.readInt(offset + 2);
            }
        }
        return -1;
    }

    /** Skips the fields table starting at {@code start}; returns the offset of the methods table. */
    private static int skipFields(ClassReader reader, int start) {
        int count = reader.readUnsignedShort(start);
        int offset = start + 2;
        for (int i = 0; i < count; i++) {
            int attributes = reader.readUnsignedShort(offset + 6);
            offset += 8;
            for (int a = 0; a < attributes; a++) {
                offset += 6 + reader.readInt(offset + 2);
            }
        }
        return offset;
    }
}
