package fr.budgetcitoyen.territory;

import fr.budgetcitoyen.platform.JpaStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaTerritoryRepository extends JpaStore implements TerritoryRepository {

    private volatile Map<String, String> territoryByCommune;

    @Override
    public List<Territory> findAll() {
        return em.createNamedQuery("Territory.findAll", Territory.class).getResultList();
    }

    @Override
    public Optional<Territory> find(String code) {
        return byId(Territory.class, code);
    }

    @Override
    public List<TerritoryStatistics> statistics() {
        return em.createNamedQuery("Commune.countByTerritory", Object[].class).getResultList().stream()
                .map(row -> new TerritoryStatistics((String) row[0], ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public List<Commune> communesWithPostalCode(String postalCode) {
        return em.createNamedQuery("Commune.findByPostalCode", Commune.class)
                .setParameter("postalCode", postalCode).getResultList();
    }

    @Override
    public Optional<String> territoryOfCommune(String inseeCode) {
        if (territoryByCommune == null) {
            // Reference data, read on every vote: the 887 communes' territories, loaded once.
            territoryByCommune = em.createQuery("select c.inseeCode, c.territory.code from Commune c", Object[].class)
                    .getResultStream().collect(Collectors.toUnmodifiableMap(r -> (String) r[0], r -> (String) r[1]));
        }
        return Optional.ofNullable(inseeCode).map(territoryByCommune::get);
    }

    @Override
    public Optional<Commune> commune(String inseeCode) {
        List<Commune> found = list(Commune.class,
                "select c from Commune c left join fetch c.postalCodes where c.inseeCode = :code", "code", inseeCode);
        return found.stream().findFirst();
    }
}
