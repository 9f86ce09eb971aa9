package fr.budgetcitoyen.urn.tool;

import fr.budgetcitoyen.urn.HolderKeys;
import fr.budgetcitoyen.urn.InvalidMessageException;
import fr.budgetcitoyen.urn.KeyHolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The key file: the holder's seed, the only secret the holder keeps (README « Key holders »), on one line,
 * after comment lines starting with {@code #}. A seed copied by hand from the paper copy, alone in a file,
 * reads as well. The file is created readable by its owner only, and never overwritten.
 */
final class KeyFile {

    private KeyFile() {
    }

    /** Reads the seed of an existing key file. */
    static KeyHolder read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw ToolException.failure("fichier de clé introuvable : " + file
                    + " (il est créé à la première étape, « CERT »)");
        } catch (IOException e) {
            throw ToolException.failure("lecture impossible du fichier de clé " + file + " : " + e.getMessage());
        }
        List<String> seeds = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (seeds.size() != 1) {
            throw ToolException.failure("le fichier de clé " + file + " doit contenir une graine, sur une ligne");
        }
        try {
            return KeyHolder.fromSeed(seeds.get(0));
        } catch (InvalidMessageException e) {
            throw ToolException.failure("fichier de clé " + file + " : " + e.getMessage());
        }
    }

    /** Creates the key file with a new seed; refuses if it exists. */
    static KeyHolder create(Path file) {
        String seed = HolderKeys.generateSeed();
        String content = "# Graine de détenteur de clé de l'urne du Budget citoyen.\n"
                + "# Ne la transmettez jamais ; gardez-en une copie sur papier, sous enveloppe scellée.\n"
                + seed + "\n";
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
                file.toFile().setWritable(false, false);
                file.toFile().setWritable(true, true);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw ToolException.failure("le fichier de clé " + file + " existe déjà : il n'est jamais remplacé");
        } catch (NoSuchFileException e) {
            throw ToolException.failure("dossier introuvable pour le fichier de clé : " + file);
        } catch (IOException e) {
            throw ToolException.failure("écriture impossible du fichier de clé " + file + " : " + e.getMessage());
        }
        return KeyHolder.fromSeed(seed);
    }

    /** The first step reuses the key file if there is one, else creates it. */
    static KeyHolder readOrCreate(Path file, java.io.PrintStream info) {
        if (Files.exists(file)) {
            info.println("Clé existante reprise : " + file);
            return read(file);
        }
        KeyHolder holder = create(file);
        info.println("Nouvelle clé créée dans " + file + " (lisible par vous seul).");
        info.println("Recopiez dès maintenant la graine qu'il contient sur papier et gardez-la sous enveloppe scellée :");
        info.println("sans elle, votre part de l'urne est perdue. Ne la transmettez jamais à personne.");
        return holder;
    }
}
