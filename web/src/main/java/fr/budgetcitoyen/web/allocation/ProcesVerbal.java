package fr.budgetcitoyen.web.allocation;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.Category;
import fr.budgetcitoyen.project.Project;
import fr.budgetcitoyen.shared.LongDates;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The procès-verbal of an edition's results for the Commission permanente: the laureates per category
 * (structure, territory, votes, amount), the rule, the totals and the fingerprint of the inputs.
 */
final class ProcesVerbal {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private ProcesVerbal() {
    }

    static byte[] of(Campaign campaign, ResultsJson.Results results, Map<Long, Project> projects, String ruleName) {
        NumberFormat euros = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(campaign.title() + " — procès-verbal des résultats");
        document.open();
        document.add(new Paragraph("Département du Pas-de-Calais — " + campaign.title(), TITLE));
        document.add(new Paragraph("Procès-verbal des résultats du vote citoyen", HEADING));
        document.add(new Paragraph("Validés par la Commission permanente le "
                + LongDates.date(results.decisionDate(), Locale.FRENCH)
                + " (délibération " + results.deliberation() + "). Règle de répartition : " + ruleName + ".", TEXT));
        document.add(new Paragraph("Budget réparti par le vote : " + euros.format(results.envelope()) + " — montant attribué : "
                + euros.format(results.granted()) + " — bulletins : " + results.ballots() + " — lauréats : "
                + results.grants().size() + ".", TEXT));
        for (Category category : campaign.categories()) {
            Paragraph heading = new Paragraph(category.name(), HEADING);
            heading.setSpacingBefore(12);
            document.add(heading);
            PdfPTable table = new PdfPTable(new float[]{4, 4, 2.2f, 1.2f, 1.8f});
            table.setWidthPercentage(100);
            for (String header : new String[]{"Projet", "Structure", "Territoire", "Votes", "Montant"}) {
                table.addCell(new PdfPCell(new Phrase(header, BOLD)));
            }
            BigDecimal subtotal = BigDecimal.ZERO;
            for (ResultsJson.GrantJson grant : results.grants()) {
                if (!grant.category().equals(category.code())) {
                    continue;
                }
                Project project = projects.get(grant.project());
                table.addCell(new Phrase(grant.title(), TEXT));
                table.addCell(new Phrase(project == null ? "" : project.carrier().name(), TEXT));
                table.addCell(new Phrase(project == null ? grant.territory() : project.territory().name(), TEXT));
                table.addCell(right(String.valueOf(grant.votes())));
                table.addCell(right(euros.format(grant.grant())));
                subtotal = subtotal.add(grant.grant());
            }
            PdfPCell label = new PdfPCell(new Phrase("Total " + category.name(), BOLD));
            label.setColspan(4);
            table.addCell(label);
            table.addCell(right(euros.format(subtotal)));
            document.add(table);
        }
        Paragraph proof = new Paragraph("Empreinte SHA-256 des données du calcul (projets, montants plafonnés, votes, "
                + "enveloppes) : " + results.inputsHash() + ". Les bulletins anonymisés sont publiés : chacun peut refaire le calcul.", TEXT);
        proof.setSpacingBefore(12);
        document.add(proof);
        document.close();
        return pdf.toByteArray();
    }

    private static PdfPCell right(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
