package fr.budgetcitoyen.web.comptoir;

/**
 * One territory drawn as a block of the schematic map of the Pas-de-Calais: roughly where it lies
 * (coast to the west, mining basin to the east), drawn by the page itself so no map tile is fetched.
 */
public record TerritoryTile(String code, String name, int x, int y, int width, int height, long sessions) {

    /** Darker when the territory has more sessions: 0 (none) to 3. */
    public int shade() {
        return sessions == 0 ? 0 : (int) Math.min(3, sessions);
    }

    public int labelX() {
        return x + width / 2;
    }

    public int labelY() {
        return y + height / 2;
    }
}
