package fr.budgetcitoyen.web.territory;

/**
 * One territory drawn as a block of the schematic map of the Pas-de-Calais: roughly where it lies
 * (coast to the west, mining basin to the east), drawn by the page itself so no map tile is fetched.
 */
public record TerritoryTile(String code, String name, int x, int y, int width, int height, long count) {

    /** Darker when the territory counts more: 0 (none) to 3. */
    public int shade() {
        return count == 0 ? 0 : (int) Math.min(3, count);
    }

    public int labelX() {
        return x + width / 2;
    }

    public int labelY() {
        return y + height / 2;
    }
}
