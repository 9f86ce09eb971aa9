package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.urn.Cert;
import fr.budgetcitoyen.urn.HolderKeys;
import fr.budgetcitoyen.urn.KeyCeremony;
import fr.budgetcitoyen.urn.Polynomial;
import fr.budgetcitoyen.urn.ThresholdParameters;
import fr.budgetcitoyen.urn.VInput;
import fr.budgetcitoyen.urn.VOutput;
import fr.budgetcitoyen.vote.KeyHolder;
import fr.budgetcitoyen.vote.SealedElections;
import fr.budgetcitoyen.vote.Urn;
import fr.budgetcitoyen.vote.UrnException;
import fr.budgetcitoyen.vote.UrnMinutes;
import fr.budgetcitoyen.vote.UrnRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.logging.Logger;

/**
 * The demo's current edition runs with the encrypted urn. Said plainly: its three key holders' seeds are
 * made HERE, by the loader, on the server — the one thing a real ceremony never does — and written to
 * {@code <server data>/budgetcitoyen/demo-key-holders/} so that the demo can be counted with the tool.
 * Everything else (certificates, polynomials, shares, verification keys, sealing) is the real protocol.
 */
@Dependent
public class DemoUrnLoader {

    private static final Logger LOG = Logger.getLogger(DemoUrnLoader.class.getName());
    static final int HOLDERS = 3;
    static final int THRESHOLD = 2;

    @Inject private UrnRepository urns;
    @Inject private SealedElections elections;
    @Inject private UrnMinutes minutes;
    @Inject private Clock clock;

    /** @param holderAccount makes the demo account of holder i (1-based) */
    public void load(Campaign campaign, IntFunction<Account> holderAccount) {
        Urn urn = Urn.prepare(campaign.id(), THRESHOLD, HOLDERS);
        urns.store(urn);
        List<fr.budgetcitoyen.urn.KeyHolder> tools = new ArrayList<>();
        List<KeyHolder> holders = new ArrayList<>();
        Path dir = seedDirectory();
        for (int i = 1; i <= HOLDERS; i++) {
            String seed = HolderKeys.generateSeed();
            write(dir.resolve(campaign.year() + "-holder-" + i + ".key"), seed);
            tools.add(fr.budgetcitoyen.urn.KeyHolder.fromSeed(seed));
            Account account = holderAccount.apply(i);
            KeyHolder holder = new KeyHolder(campaign.id(), i, account.id(), account.displayName());
            urns.store(holder);
            holders.add(holder);
        }
        List<Cert> certs = tools.stream().map(fr.budgetcitoyen.urn.KeyHolder::cert).toList();
        List<Polynomial> polynomials = tools.stream().map(t -> t.polynomial(certs, THRESHOLD)).toList();
        List<VInput> vinputs = KeyCeremony.vinputs(polynomials);
        List<VOutput> voutputs = new ArrayList<>();
        for (int i = 0; i < HOLDERS; i++) {
            voutputs.add(tools.get(i).voutput(certs, vinputs.get(i)));
            holders.get(i).certify(certs.get(i).serialize());
            holders.get(i).commit(polynomials.get(i).serialize());
            holders.get(i).verify(voutputs.get(i).serialize());
            holders.get(i).confirmComparison(Instant.now(clock));
        }
        ThresholdParameters parameters = KeyCeremony.thresholdParameters(THRESHOLD, certs, polynomials, voutputs);
        urn.keysEstablished(parameters.serialize());
        try {
            SealedElections.Sealing sealing = elections.sealing(campaign, urn);
            urn.seal(sealing.election(), sealing.fingerprint(), sealing.earSha256(), "chargeur de démonstration",
                    Instant.now(clock), minutes.ofSealing(campaign, urn, holders, sealing, "le chargeur de démonstration", Instant.now(clock)));
            LOG.info(() -> "Demo urn of " + campaign.year() + " sealed (" + THRESHOLD + " of " + HOLDERS
                    + " holders; their seeds, made by the demo loader, are in " + dir + ")");
        } catch (UrnException noProjectOnBallot) {
            LOG.info(() -> "Demo urn of " + campaign.year() + " has its keys but is not sealed: " + noProjectOnBallot.messageKey());
        }
    }

    private static Path seedDirectory() {
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(data, "budgetcitoyen", "demo-key-holders");
    }

    private static void write(Path file, String seed) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, seed + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
