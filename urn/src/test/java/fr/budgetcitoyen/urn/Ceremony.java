package fr.budgetcitoyen.urn;

import java.util.ArrayList;
import java.util.List;

/** A whole key ceremony played in memory, the server's part by {@link KeyCeremony}: the tests' fixture. */
final class Ceremony {

    final int threshold;
    final List<KeyHolder> holders = new ArrayList<>();
    final List<Cert> certs = new ArrayList<>();
    final List<Polynomial> polynomials = new ArrayList<>();
    final List<VInput> vinputs;
    final List<VOutput> voutputs = new ArrayList<>();
    final ThresholdParameters parameters;

    Ceremony(int holders, int threshold) {
        this.threshold = threshold;
        for (int i = 1; i <= holders; i++) {
            KeyHolder holder = KeyHolder.fromSeed(HolderKeys.generateSeed());
            this.holders.add(holder);
            // Through JSON, as on the wire.
            certs.add(KeyCeremony.checkCert(Json.parse(holder.cert().serialize()), i));
        }
        KeyCeremony.checkCerts(certs);
        for (int i = 1; i <= holders; i++) {
            Polynomial p = Polynomial.parse(this.holders.get(i - 1).polynomial(certs, threshold).serialize());
            KeyCeremony.checkPolynomial(certs, threshold, i, p);
            polynomials.add(p);
        }
        vinputs = KeyCeremony.vinputs(polynomials);
        for (int j = 1; j <= holders; j++) {
            VInput vinput = VInput.parse(vinputs.get(j - 1).serialize());
            VOutput v = VOutput.parse(this.holders.get(j - 1).voutput(certs, vinput).serialize());
            KeyCeremony.checkVoutput(certs, coefexps(), j, v);
            voutputs.add(v);
        }
        parameters = KeyCeremony.thresholdParameters(threshold, certs, polynomials, voutputs);
    }

    List<SignedMessage> coefexps() {
        return polynomials.stream().map(Polynomial::coefexps).toList();
    }

    KeyHolder holder(int position) {
        return holders.get(position - 1);
    }
}
