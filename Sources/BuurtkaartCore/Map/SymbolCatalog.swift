/// The built-in catalogue of symbols, grouped by the twelve clusters of the method, each
/// with its names in Dutch, French and English and our own SVG glyph.
public enum SymbolCatalog {
    /// Every built-in symbol, cluster by cluster, in the order a checklist shows them.
    public static let symbols: [MapSymbol] = entries.map { entry in
        MapSymbol(
            id: "\(entry.cluster.rawValue).\(entry.key)",
            cluster: entry.cluster,
            names: [.dutch: entry.nl, .french: entry.fr, .english: entry.en],
            glyph: SymbolGlyphs.glyph(for: "\(entry.cluster.rawValue).\(entry.key)")
        )
    }

    private static let byID: [String: MapSymbol] = Dictionary(uniqueKeysWithValues: symbols.map { ($0.id, $0) })

    public static func symbol(id: String) -> MapSymbol? { byID[id] }

    public static func symbols(in cluster: Cluster) -> [MapSymbol] {
        symbols.filter { $0.cluster == cluster }
    }

    /// Wraps glyph markup in a standalone SVG document.
    public static func svgDocument(glyph: String, colour: String, size: Int) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(size)" height="\(size)" viewBox="0 0 24 24" \
        fill="none" stroke="\(colour)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" \
        color="\(colour)">\(glyph)</svg>
        """
    }

    private struct Entry {
        let cluster: Cluster
        let key: String
        let nl: String
        let fr: String
        let en: String
    }

    private static func cluster(_ cluster: Cluster, _ rows: [(String, String, String, String)]) -> [Entry] {
        rows.map { Entry(cluster: cluster, key: $0.0, nl: $0.1, fr: $0.2, en: $0.3) }
    }

    private static let entries: [Entry] =
        cluster(.welfare, [
            ("publicWelfareCentre", "OCMW", "CPAS", "Public welfare centre (OCMW/CPAS)"),
            ("generalPractitioner", "Huisarts", "Médecin généraliste", "General practitioner"),
            ("pharmacy", "Apotheek", "Pharmacie", "Pharmacy"),
            ("generalWelfareCentre", "CAW (algemeen welzijnswerk)", "Centre d'action sociale globale", "General welfare centre (CAW)"),
            ("localServiceCentre", "Lokaal dienstencentrum", "Centre de services local", "Local service centre"),
            ("mentalHealthCentre", "Centrum geestelijke gezondheidszorg", "Service de santé mentale", "Mental health centre"),
            ("homeCare", "Thuiszorg", "Soins à domicile", "Home care"),
            ("communityHealth", "Wijkgezondheidscentrum", "Maison médicale", "Community health centre"),
            ("hospital", "Ziekenhuis", "Hôpital", "Hospital"),
            ("childcare", "Kinderopvang", "Crèche", "Childcare"),
            ("foodBank", "Voedselbank", "Banque alimentaire", "Food bank"),
            ("socialRestaurant", "Sociaal restaurant", "Restaurant social", "Social restaurant"),
        ])
        + cluster(.leisure, [
            ("communityCentre", "Gemeenschapscentrum", "Centre communautaire", "Community centre"),
            ("library", "Bibliotheek", "Bibliothèque", "Library"),
            ("youthCentre", "Jeugdhuis", "Maison de jeunes", "Youth centre"),
            ("youthMovement", "Jeugdbeweging", "Mouvement de jeunesse", "Youth movement"),
            ("sportsClub", "Sportclub", "Club sportif", "Sports club"),
            ("sportsHall", "Sporthal", "Salle de sport", "Sports hall"),
            ("swimmingPool", "Zwembad", "Piscine", "Swimming pool"),
            ("culturalCentre", "Cultuurcentrum", "Centre culturel", "Cultural centre"),
            ("museum", "Museum", "Musée", "Museum"),
            ("musicSchool", "Muziekacademie", "Académie de musique", "Music school"),
        ])
        + cluster(.education, [
            ("nurserySchool", "Kleuterschool", "École maternelle", "Nursery school"),
            ("primarySchool", "Basisschool", "École primaire", "Primary school"),
            ("secondarySchool", "Secundaire school", "École secondaire", "Secondary school"),
            ("adultEducation", "Centrum voor volwassenenonderwijs", "Promotion sociale", "Adult education centre"),
            ("languageClasses", "Taallessen", "Cours de langue", "Language classes"),
            ("homeworkSupport", "Huiswerkbegeleiding", "École de devoirs", "Homework support"),
            ("pupilGuidance", "Centrum voor leerlingenbegeleiding (CLB)", "Centre PMS", "Pupil guidance centre"),
            ("parentsCommittee", "Ouderraad", "Association de parents", "Parents' committee"),
            ("higherEducation", "Hogeschool of universiteit", "Haute école ou université", "College or university"),
        ])
        + cluster(.socialEconomy, [
            ("secondHandShop", "Kringwinkel", "Magasin de seconde main", "Second-hand shop"),
            ("repairCafe", "Repair café", "Repair café", "Repair café"),
            ("shelteredWorkplace", "Maatwerkbedrijf", "Entreprise de travail adapté", "Sheltered workplace"),
            ("workExperience", "Werkervaringsproject", "Entreprise de formation par le travail", "Work experience project"),
            ("cooperative", "Coöperatie", "Coopérative", "Cooperative"),
            ("socialGrocery", "Sociale kruidenier", "Épicerie sociale", "Social grocery"),
            ("jobCentre", "Werkwinkel (VDAB, Actiris)", "Maison de l'emploi (Actiris, VDAB)", "Job centre (VDAB, Actiris)"),
            ("localServicesEconomy", "Lokale diensteneconomie", "Économie de services de proximité", "Local services economy"),
            ("fairTradeShop", "Wereldwinkel", "Magasin du monde", "Fair-trade shop"),
        ])
        + cluster(.localBusiness, [
            ("bakery", "Bakker", "Boulangerie", "Bakery"),
            ("butcher", "Slager", "Boucherie", "Butcher"),
            ("grocer", "Kruidenier", "Épicerie", "Grocer"),
            ("supermarket", "Supermarkt", "Supermarché", "Supermarket"),
            ("hairdresser", "Kapper", "Coiffeur", "Hairdresser"),
            ("cafe", "Café", "Café", "Café"),
            ("snackBar", "Snackbar of restaurant", "Snack ou restaurant", "Snack bar or restaurant"),
            ("nightShop", "Nachtwinkel", "Night shop", "Night shop"),
            ("market", "Markt", "Marché", "Market"),
            ("launderette", "Wassalon", "Lavoir", "Launderette"),
        ])
        + cluster(.religion, [
            ("church", "Kerk", "Église", "Church"),
            ("mosque", "Moskee", "Mosquée", "Mosque"),
            ("synagogue", "Synagoge", "Synagogue", "Synagogue"),
            ("temple", "Tempel", "Temple", "Temple"),
            ("evangelicalChurch", "Evangelische kerk", "Église évangélique", "Evangelical church"),
            ("orthodoxChurch", "Orthodoxe kerk", "Église orthodoxe", "Orthodox church"),
            ("religiousLeader", "Imam, pastoor of andere geestelijke", "Imam, curé ou autre guide spirituel", "Imam, priest or other religious leader"),
            ("faithCommunity", "Geloofsgemeenschap", "Communauté de foi", "Faith community"),
            ("religiousSchool", "Koranschool of catechese", "École coranique ou catéchèse", "Religious school"),
        ])
        + cluster(.localGovernment, [
            ("townHall", "Gemeentehuis", "Maison communale", "Town hall"),
            ("communityPolice", "Wijkagent", "Agent de quartier", "Community police officer"),
            ("mayor", "Burgemeester of schepen", "Bourgmestre ou échevin", "Mayor or alderman"),
            ("councillor", "Gemeenteraadslid", "Conseiller communal", "Municipal councillor"),
            ("preventionService", "Preventiedienst", "Service de prévention", "Prevention service"),
            ("streetWork", "Straathoekwerk", "Travail de rue", "Street work"),
            ("neighbourhoodContract", "Wijkcontract", "Contrat de quartier", "Neighbourhood contract"),
            ("municipalService", "Gemeentelijke dienst", "Service communal", "Municipal service"),
            ("streetCleaning", "Netheidsdienst", "Service propreté", "Street cleaning service"),
        ])
        + cluster(.publicSpace, [
            ("park", "Park", "Parc", "Park"),
            ("square", "Plein", "Place", "Square"),
            ("playground", "Speelplein", "Plaine de jeux", "Playground"),
            ("communityGarden", "Moestuin", "Potager collectif", "Community garden"),
            ("bench", "Zitbank", "Banc public", "Bench"),
            ("sportsCage", "Pannakooi of sportveldje", "Agora space ou terrain de sport", "Sports cage or pitch"),
            ("waterside", "Water of kanaal", "Eau ou canal", "Water or canal"),
            ("meetingSpot", "Ontmoetingsplek", "Lieu de rencontre", "Meeting spot"),
            ("publicToilet", "Openbaar toilet", "Toilettes publiques", "Public toilet"),
            ("unsafeSpot", "Onveilige plek", "Lieu insécurisant", "Unsafe spot"),
        ])
        + cluster(.mobility, [
            ("metro", "Metro", "Métro", "Metro"),
            ("tram", "Tram", "Tram", "Tram"),
            ("bus", "Bus", "Bus", "Bus"),
            ("trainStation", "Station", "Gare", "Train station"),
            ("sharedBikes", "Deelfietsen", "Vélos partagés", "Shared bikes"),
            ("bikeRepair", "Fietsherstelplaats", "Atelier vélo", "Bike repair"),
            ("parking", "Parking", "Parking", "Car park"),
            ("carSharing", "Autodelen", "Voitures partagées", "Car sharing"),
            ("dialARide", "Minder Mobielen Centrale", "Transport pour personnes à mobilité réduite", "Dial-a-ride service"),
            ("busyRoad", "Drukke weg (barrière)", "Route fréquentée (barrière)", "Busy road (barrier)"),
        ])
        + cluster(.housing, [
            ("socialHousing", "Sociale woningen", "Logements sociaux", "Social housing"),
            ("socialRentalAgency", "Sociaal verhuurkantoor", "Agence immobilière sociale", "Social rental agency"),
            ("tenantsUnion", "Huurdersbond", "Syndicat des locataires", "Tenants' union"),
            ("nightShelter", "Nachtopvang", "Hébergement d'urgence", "Night shelter"),
            ("careHome", "Woonzorgcentrum", "Maison de repos", "Care home"),
            ("assistedLiving", "Assistentiewoningen", "Résidence-services", "Assisted living"),
            ("housingDesk", "Woonloket", "Guichet du logement", "Housing desk"),
            ("cohousing", "Samenhuizen", "Habitat groupé", "Co-housing"),
            ("ownersAssociation", "Vereniging van mede-eigenaars", "Association de copropriétaires", "Owners' association"),
            ("squat", "Kraakpand", "Squat", "Squat"),
        ])
        + cluster(.others, [
            ("neighbourhoodCommittee", "Buurtcomité", "Comité de quartier", "Neighbourhood committee"),
            ("citizensInitiative", "Burgerinitiatief", "Initiative citoyenne", "Citizens' initiative"),
            ("volunteerGroup", "Vrijwilligersgroep", "Groupe de bénévoles", "Volunteer group"),
            ("keyFigure", "Sleutelfiguur", "Personne-clé", "Key figure"),
            ("onlineGroup", "Online groep", "Groupe en ligne", "Online group"),
            ("localMedia", "Lokale krant of radio", "Journal ou radio local", "Local paper or radio"),
            ("migrantOrganisation", "Zelforganisatie", "Association de migrants", "Migrant self-organisation"),
            ("informalHelper", "Informele helper", "Aidant informel", "Informal helper"),
            ("company", "Groot bedrijf", "Grande entreprise", "Large company"),
            ("negativeActor", "Negatieve actor (dealer, pooier …)", "Acteur négatif (dealer, proxénète …)", "Negative actor (dealer, pimp …)"),
        ])
        + cluster(.missing, [
            ("missingPlace", "Ontbrekende plek", "Lieu manquant", "Missing place"),
            ("missingService", "Ontbrekende dienst", "Service manquant", "Missing service"),
            ("missingShop", "Ontbrekende winkel", "Commerce manquant", "Missing shop"),
            ("missingMeetingPlace", "Ontbrekende ontmoetingsplek", "Lieu de rencontre manquant", "Missing meeting place"),
            ("missingGreen", "Ontbrekend groen", "Espace vert manquant", "Missing green space"),
            ("missingTransport", "Ontbrekend vervoer", "Transport manquant", "Missing transport"),
            ("missingCare", "Ontbrekende zorg", "Soins manquants", "Missing care"),
            ("missingActivity", "Ontbrekende activiteit", "Activité manquante", "Missing activity"),
            ("residentsWish", "Wens van bewoners", "Souhait des habitants", "Residents' wish"),
        ])
}

extension SymbolCatalog {
    /// A glyph of up to three letters in a circle, for a workspace's own symbols.
    public static func letterGlyph(_ mark: String) -> String {
        let letters = String(mark.prefix(3))
        let size = letters.count <= 1 ? 12 : (letters.count == 2 ? 10 : 8)
        return #"<circle cx="12" cy="12" r="9.5"/><text x="12" y="12" dy="0.35em" text-anchor="middle" "#
            + #"font-family="sans-serif" font-weight="700" font-size="\#(size)" fill="currentColor" stroke="none">"#
            + escapeXML(letters) + "</text>"
    }
}
