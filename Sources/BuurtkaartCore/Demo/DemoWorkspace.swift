import Foundation

/// The demo workspace: the fictitious "vzw Vaneir" of the method's guide, near Groot Eiland in Brussels.
///
/// Every organisation, business, place name and person in it is invented; only the streets
/// are those of the area around the canal in Sint-Jans-Molenbeek. Phone numbers are made up,
/// e-mail addresses and websites use the example.org domain.
public enum DemoWorkspace {
    /// The organisation, in the given language (description text translated).
    public static func workspace(in language: Language) -> WorkspaceDraft {
        WorkspaceDraft(
            name: "vzw Vaneir",
            description: DemoData.workspaceDescription.text(in: language),
            address: DemoData.address(.chimiste, "34", in: language),
            position: DemoData.organisation
        )
    }

    /// Its neighbourhood map: title, description, focus (target group) in the language; a boundary
    /// (an open LineString of ~8-12 points roughly outlining a neighbourhood of ~600-900 m around the
    /// organisation, following plausible physical borders such as the canal and a busy road); baseMap .openStreetMap.
    public static func map(in language: Language) -> MapDraft {
        MapDraft(
            title: DemoData.mapTitle.text(in: language),
            description: DemoData.mapDescription.text(in: language),
            focus: DemoData.mapFocus.text(in: language),
            boundary: Boundary(geometry: .lineString(DemoData.boundary), name: "Kanaalwijk"),
            baseMap: .openStreetMap
        )
    }

    /// The actors, each with the cluster whose layer it goes in. `layerID` gives the id of the
    /// layer made for a cluster; the draft's `layerID` must be set from it.
    public static func actors(in language: Language, layerID: (Cluster) -> UUID) -> [ActorDraft] {
        DemoData.entries.map { entry in entry.draft(in: language, layerID: layerID(entry.cluster)) }
    }
}

// MARK: - Building blocks

/// A text in the three interface languages.
private struct Localized: Sendable {
    let nl: String
    let fr: String
    let en: String

    func text(in language: Language) -> String {
        switch language {
        case .dutch: nl
        case .french: fr
        case .english: en
        }
    }
}

/// Which side of the canal a street is on: Molenbeek (1080) or the City of Brussels (1000).
private enum Area: Sendable {
    case molenbeek, brussels

    var postcode: String {
        switch self {
        case .molenbeek: "1080"
        case .brussels: "1000"
        }
    }

    func municipality(in language: Language) -> String {
        switch (self, language) {
        case (.molenbeek, .dutch): "Sint-Jans-Molenbeek"
        case (.molenbeek, _): "Molenbeek-Saint-Jean"
        case (.brussels, .dutch): "Brussel"
        case (.brussels, .french): "Bruxelles"
        case (.brussels, .english): "Brussels"
        }
    }
}

/// A street of the area with its Dutch and French names (Brussels streets have both;
/// English uses the French form, as most English speakers in Brussels do).
private struct Street: Sendable {
    let nl: String
    let fr: String
    let area: Area

    func name(in language: Language) -> String { language == .dutch ? nl : fr }

    static let chimiste = Street(nl: "Scheikundestraat", fr: "Rue du Chimiste", area: .molenbeek)
    static let hainaut = Street(nl: "Henegouwenkaai", fr: "Quai du Hainaut", area: .molenbeek)
    static let ninove = Street(nl: "Ninoofsesteenweg", fr: "Chaussée de Ninove", area: .molenbeek)
    static let gand = Street(nl: "Gentsesteenweg", fr: "Chaussée de Gand", area: .molenbeek)
    static let ransfort = Street(nl: "Ransfortstraat", fr: "Rue Ransfort", area: .molenbeek)
    static let quatreVents = Street(nl: "Vier-Windenstraat", fr: "Rue des Quatre-Vents", area: .molenbeek)
    static let manchester = Street(nl: "Manchesterstraat", fr: "Rue de Manchester", area: .molenbeek)
    static let liverpool = Street(nl: "Liverpoolstraat", fr: "Rue de Liverpool", area: .molenbeek)
    static let placeCommunale = Street(nl: "Gemeenteplein", fr: "Place Communale", area: .molenbeek)
    static let flandre = Street(nl: "Vlaamsesteenweg", fr: "Rue de Flandre", area: .brussels)
    static let papenvest = Street(nl: "Papenvest", fr: "Rempart des Moines", area: .brussels)
    static let fabriques = Street(nl: "Fabrieksstraat", fr: "Rue des Fabriques", area: .brussels)
}

/// One actor of the demo map, with its texts in the three languages.
private struct Entry: Sendable {
    var cluster: Cluster
    var name: String
    var kind: ActorKind
    var symbol: String
    var geometry: Geometry? = nil
    var street: Street? = nil
    var number: String = ""
    var phone: String = ""
    var email: String = ""
    var website: String = ""
    var formality: Formality = .formal
    var status: ActorStatus = .current
    var isSensitive: Bool = false
    var isKeyFigure: Bool = false
    var evaluation: Evaluation = Evaluation()
    var description: Localized
    var notes: Localized? = nil
    var networks: Localized? = nil

    func draft(in language: Language, layerID: UUID) -> ActorDraft {
        ActorDraft(
            layerID: layerID,
            name: name,
            kind: kind,
            symbolID: symbol,
            geometry: geometry,
            address: street.map { DemoData.address($0, number, in: language) } ?? Address(),
            phone: phone,
            email: email,
            website: website,
            description: description.text(in: language),
            teamNotes: notes?.text(in: language) ?? "",
            formality: formality,
            status: status,
            isSensitive: isSensitive,
            isKeyFigure: isKeyFigure,
            keyFigureNetworks: networks?.text(in: language) ?? "",
            evaluation: evaluation
        )
    }
}

// MARK: - The data

private enum DemoData {
    /// Scheikundestraat 34, by the canal in Molenbeek.
    static let organisation = Coordinate(latitude: 50.8510, longitude: 4.3355)

    static func address(_ street: Street, _ number: String, in language: Language) -> Address {
        Address(
            street: street.name(in: language), number: number,
            postcode: street.area.postcode, municipality: street.area.municipality(in: language)
        )
    }

    static func point(_ latitude: Double, _ longitude: Double) -> Geometry {
        .point(Coordinate(latitude: latitude, longitude: longitude))
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        CalendarDate(year: year, month: month, day: day)
    }

    /// An evaluation on all four axes.
    static func rated(
        _ ring: EngagementRing, _ reciprocity: Reciprocity, _ influence: Influence, _ tone: Tone,
        _ collaborations: [Collaboration], _ lastContact: CalendarDate?
    ) -> Evaluation {
        Evaluation(
            ring: ring, reciprocity: reciprocity, influence: influence, tone: tone,
            collaborations: collaborations, lastContact: lastContact
        )
    }

    static let workspaceDescription = Localized(
        nl: "vzw Vaneir is een fictief inloopteam aan het kanaal in Sint-Jans-Molenbeek, vlak bij Groot Eiland. Gezinnen met jonge kinderen in een kwetsbare situatie vinden er een open huis, ontmoeting, opvoedingsondersteuning en hulp bij hun vragen.",
        fr: "L'asbl Vaneir est un lieu d'accueil fictif pour familles, au bord du canal à Molenbeek-Saint-Jean, près de Groot Eiland. Les familles avec de jeunes enfants en situation de vulnérabilité y trouvent une maison ouverte, des rencontres, un soutien à la parentalité et de l'aide pour leurs questions.",
        en: "vzw Vaneir is a fictitious drop-in centre for families by the canal in Molenbeek, near Groot Eiland. Families with young children in vulnerable situations find an open house there, a place to meet, parenting support and help with their questions."
    )

    static let mapTitle = Localized(
        nl: "Onze buurt aan het kanaal",
        fr: "Notre quartier au bord du canal",
        en: "Our neighbourhood by the canal"
    )

    static let mapDescription = Localized(
        nl: "Het buurtnetwerk van vzw Vaneir tussen het kanaal, de Gentsesteenweg en de Ninoofsesteenweg, in kaart gebracht en geëvalueerd door het team samen met vrijwilligers en ouders. Een levend instrument: wie iets nieuws ontdekt, vult de kaart aan.",
        fr: "Le réseau de quartier de l'asbl Vaneir entre le canal, la chaussée de Gand et la chaussée de Ninove, cartographié et évalué par l'équipe avec des bénévoles et des parents. Un outil vivant : qui découvre quelque chose de nouveau complète la carte.",
        en: "The neighbourhood network of vzw Vaneir between the canal, Chaussée de Gand and Chaussée de Ninove, mapped and evaluated by the team together with volunteers and parents. A living tool: whoever discovers something new adds it to the map."
    )

    static let mapFocus = Localized(
        nl: "Gezinnen met kinderen van 0 tot 12 jaar in een kwetsbare situatie, vaak alleenstaande moeders en nieuwkomers.",
        fr: "Les familles avec des enfants de 0 à 12 ans en situation de vulnérabilité, souvent des mères seules et des primo-arrivants.",
        en: "Families with children aged 0 to 12 in vulnerable situations, often single mothers and newcomers."
    )

    /// The neighbourhood as the team drew it: from the bridge at the Gentsesteenweg westwards,
    /// south to the Ninoofsesteenweg, east to the canal and up along the quay. Left open,
    /// as the guide advises: the canal closes it.
    static let boundary: [Coordinate] = [
        Coordinate(latitude: 50.8546, longitude: 4.3386),
        Coordinate(latitude: 50.8548, longitude: 4.3360),
        Coordinate(latitude: 50.8549, longitude: 4.3312),
        Coordinate(latitude: 50.8541, longitude: 4.3274),
        Coordinate(latitude: 50.8520, longitude: 4.3269),
        Coordinate(latitude: 50.8495, longitude: 4.3268),
        Coordinate(latitude: 50.8479, longitude: 4.3270),
        Coordinate(latitude: 50.8475, longitude: 4.3290),
        Coordinate(latitude: 50.8471, longitude: 4.3310),
        Coordinate(latitude: 50.8469, longitude: 4.3319),
        Coordinate(latitude: 50.8490, longitude: 4.3340),
        Coordinate(latitude: 50.8520, longitude: 4.3362),
    ]

    static let entries: [Entry] = {
        let groups: [[Entry]] = [
            welfare, leisure, education, socialEconomy, localBusiness, religion,
            localGovernment, publicSpace, mobility, housing, others, missing,
        ]
        return groups.flatMap { $0 }
    }()

    // MARK: Welzijn en zorg

    static let welfare: [Entry] = [
        Entry(
            cluster: .welfare, name: "Huisartsenpraktijk De Sluis", kind: .service,
            symbol: "welfare.generalPractitioner", geometry: point(50.8497, 4.3318),
            street: .ransfort, number: "12", phone: "+32 2 411 52 08", email: "desluis@example.org",
            website: "https://example.org/desluis",
            evaluation: rated(.close, .mutual, .medium, .constructive, [.referral], day(2026, 10, 14)),
            description: Localized(
                nl: "Groepspraktijk van drie huisartsen die veel gezinnen uit de buurt volgt en met de derdebetalersregeling werkt.",
                fr: "Cabinet de groupe de trois médecins généralistes qui suit de nombreuses familles du quartier et pratique le tiers payant.",
                en: "Group practice of three GPs that follows many families in the area and bills the health insurer directly."
            ),
            notes: Localized(
                nl: "De artsen verwijzen moeders naar onze inloopmomenten; wij sturen gezinnen zonder huisarts naar hen door. Bel liefst voor 9 uur.",
                fr: "Les médecins orientent des mères vers nos temps d'accueil ; nous leur adressons les familles sans médecin traitant. Appeler de préférence avant 9 h.",
                en: "The doctors send mothers to our drop-in sessions; we refer families without a GP to them. Best to call before 9 a.m."
            )
        ),
        Entry(
            cluster: .welfare, name: "OCMW-antenne Kanaal / Antenne CPAS Canal", kind: .service,
            symbol: "welfare.publicWelfareCentre", geometry: point(50.8528, 4.3362),
            street: .hainaut, number: "55", phone: "+32 2 412 37 00",
            evaluation: rated(.neutral, .weGive, .high, .neutral, [.referral], day(2026, 9, 29)),
            description: Localized(
                nl: "Lokale antenne van het OCMW voor leefloon, dringende medische hulp en energiehulp; lange wachttijden aan het loket.",
                fr: "Antenne locale du CPAS pour le revenu d'intégration, l'aide médicale urgente et l'aide énergie ; longues files d'attente au guichet.",
                en: "Local office of the public welfare centre for the living wage, urgent medical aid and energy support; long waits at the counter."
            ),
            notes: Localized(
                nl: "We begeleiden ouders vaak naar afspraken en krijgen weinig terug; een vaste contactpersoon voor onze gezinnen zou veel helpen.",
                fr: "Nous accompagnons souvent des parents à leurs rendez-vous sans grand retour ; une personne de contact fixe pour nos familles aiderait beaucoup.",
                en: "We often accompany parents to appointments and get little in return; a fixed contact person for our families would help a lot."
            )
        ),
        Entry(
            cluster: .welfare, name: "Crèche Petit Canal", kind: .organisation,
            symbol: "welfare.childcare", geometry: point(50.8506, 4.3343),
            street: .chimiste, number: "18", phone: "+32 2 410 88 15", website: "https://example.org/petitcanal",
            evaluation: rated(.close, .mutual, .medium, .constructive, [.offer, .referral], day(2026, 11, 5)),
            description: Localized(
                nl: "Kleinschalige tweetalige crèche met een prijs volgens inkomen en enkele plaatsen voor dringende opvang.",
                fr: "Petite crèche bilingue avec un tarif selon les revenus et quelques places d'accueil d'urgence.",
                en: "Small bilingual crèche with income-related fees and a few places for emergency childcare."
            ),
            notes: Localized(
                nl: "Wij melden gezinnen aan voor de urgentieplaatsen; de crèche stuurt ouders met opvoedingsvragen naar ons.",
                fr: "Nous inscrivons des familles pour les places d'urgence ; la crèche nous envoie des parents qui ont des questions d'éducation.",
                en: "We register families for the emergency places; the crèche sends us parents with parenting questions."
            )
        ),
        Entry(
            cluster: .welfare, name: "Centre de santé mentale Rive Droite", kind: .service,
            symbol: "welfare.mentalHealthCentre", geometry: point(50.8535, 4.3440),
            street: .flandre, number: "61", phone: "+32 2 511 06 47",
            status: .dormant,
            evaluation: rated(.distant, .none, .medium, .neutral, [.referral], day(2025, 3, 18)),
            description: Localized(
                nl: "Centrum voor geestelijke gezondheidszorg met een team voor ouders en jonge kinderen, ook in het Arabisch en het Lingala.",
                fr: "Service de santé mentale avec une équipe parents–jeunes enfants, qui travaille aussi en arabe et en lingala.",
                en: "Mental health centre with a team for parents and young children, also working in Arabic and Lingala."
            ),
            notes: Localized(
                nl: "Goede samenwerking tot onze vaste contactpersoon er vertrok; sindsdien slapend. De moeite waard om opnieuw aan te knopen: veel moeders vragen psychologische steun.",
                fr: "Bonne collaboration jusqu'au départ de notre personne de contact ; depuis, le contact est en veille. Cela vaut la peine de le relancer : beaucoup de mères demandent un soutien psychologique.",
                en: "Good cooperation until our contact person left; dormant since. Worth reviving: many mothers ask for psychological support."
            )
        ),
        Entry(
            cluster: .welfare, name: "Maison médicale Les Quais", kind: .service,
            symbol: "welfare.communityHealth", geometry: point(50.8545, 4.3340),
            street: .gand, number: "118", website: "https://example.org/lesquais",
            status: .potential,
            evaluation: Evaluation(influence: .medium),
            description: Localized(
                nl: "Wijkgezondheidscentrum dat forfaitair werkt, zodat ingeschreven patiënten niets betalen; er is een wachtlijst.",
                fr: "Maison médicale au forfait : les patients inscrits ne paient rien ; il y a une liste d'attente.",
                en: "Community health centre paid per enrolled patient, so patients pay nothing at the visit; there is a waiting list."
            ),
            notes: Localized(
                nl: "Gevonden via de sociale kaart; nog geen contact. Vragen of ze een infomoment voor onze ouders willen geven.",
                fr: "Trouvée via la carte sociale ; pas encore de contact. Leur demander s'ils veulent animer une séance d'information pour nos parents.",
                en: "Found through the social map; no contact yet. Ask whether they would give an information session for our parents."
            )
        ),
    ]

    // MARK: Vrije tijd: cultuur, jeugd, sport

    static let leisure: [Entry] = [
        Entry(
            cluster: .leisure, name: "Maison de quartier Ninove", kind: .organisation,
            symbol: "leisure.communityCentre", geometry: point(50.8479, 4.3302),
            street: .ninove, number: "88", phone: "+32 2 414 20 61", email: "maisonninove@example.org",
            evaluation: rated(.veryClose, .mutual, .medium, .constructive, [.recruitment, .offer, .areaOfWork], day(2026, 11, 17)),
            description: Localized(
                nl: "Buurthuis met een open onthaal, kookateliers en een feestzaal die we gratis mogen gebruiken.",
                fr: "Maison de quartier avec un accueil ouvert, des ateliers cuisine et une salle des fêtes que nous pouvons utiliser gratuitement.",
                en: "Community house with an open reception, cooking workshops and a hall we may use free of charge."
            ),
            notes: Localized(
                nl: "Onze sterkste partner: samen organiseren we het zomerfeest en de kookateliers voor ouders. Vast overleg elke eerste dinsdag van de maand.",
                fr: "Notre partenaire le plus solide : ensemble, nous organisons la fête d'été et les ateliers cuisine pour les parents. Réunion fixe chaque premier mardi du mois.",
                en: "Our strongest partner: together we run the summer party and the cooking workshops for parents. Regular meeting on the first Tuesday of every month."
            )
        ),
        Entry(
            cluster: .leisure, name: "Bibliothèque Les Mots du Canal", kind: .organisation,
            symbol: "leisure.library", geometry: point(50.8540, 4.3322),
            street: .quatreVents, number: "40", website: "https://example.org/motsducanal",
            evaluation: rated(.close, .mutual, .low, .constructive, [.offer], day(2026, 10, 22)),
            description: Localized(
                nl: "Kleine wijkbibliotheek met boeken in vele talen en elke woensdag een voorleesuurtje voor peuters.",
                fr: "Petite bibliothèque de quartier avec des livres dans de nombreuses langues et, chaque mercredi, une heure du conte pour les tout-petits.",
                en: "Small neighbourhood library with books in many languages and a story hour for toddlers every Wednesday."
            ),
            notes: Localized(
                nl: "We gaan er elke maand met een groep ouders en kinderen naartoe; de bibliothecaris komt ook bij ons voorlezen.",
                fr: "Nous y allons chaque mois avec un groupe de parents et d'enfants ; la bibliothécaire vient aussi lire des histoires chez nous.",
                en: "We go there every month with a group of parents and children; the librarian also comes to read stories at our place."
            )
        ),
        Entry(
            cluster: .leisure, name: "Maison de jeunes Kanal'Ados", kind: .organisation,
            symbol: "leisure.youthCentre", geometry: point(50.8488, 4.3290),
            street: .manchester, number: "9",
            evaluation: rated(.neutral, .none, .medium, .neutral, [], day(2026, 5, 12)),
            description: Localized(
                nl: "Jeugdhuis voor tieners van 12 tot 18 jaar met een huiswerkruimte, een muziekstudio en uitstappen.",
                fr: "Maison de jeunes pour les 12–18 ans avec un espace devoirs, un studio de musique et des excursions.",
                en: "Youth centre for 12 to 18-year-olds with a homework room, a music studio and outings."
            ),
            notes: Localized(
                nl: "Weinig contact: hun publiek is ouder dan het onze. Wel interessant voor de oudere broers en zussen van onze kinderen.",
                fr: "Peu de contacts : leur public est plus âgé que le nôtre. Intéressant toutefois pour les frères et sœurs aînés de nos enfants.",
                en: "Little contact: their public is older than ours. Still of interest for the older brothers and sisters of our children."
            )
        ),
        Entry(
            cluster: .leisure, name: "Minivoetbalclub Étoile du Canal", kind: .organisation,
            symbol: "leisure.sportsClub", geometry: point(50.8482, 4.3272),
            street: .liverpool, number: "27",
            status: .dormant,
            evaluation: rated(.distant, .none, .low, .neutral, [.offer], day(2025, 2, 8)),
            description: Localized(
                nl: "Minivoetbalclub met ploegen vanaf 6 jaar en een sociaal tarief voor gezinnen met een laag inkomen.",
                fr: "Club de minifoot avec des équipes dès 6 ans et un tarif social pour les familles à faible revenu.",
                en: "Futsal club with teams from age 6 and a social rate for low-income families."
            ),
            notes: Localized(
                nl: "Samen een sportdag georganiseerd; daarna is het contact stilgevallen. Vragen of er ook meisjes kunnen aansluiten.",
                fr: "Nous avons organisé ensemble une journée sportive ; ensuite, le contact s'est endormi. Demander si des filles peuvent aussi s'inscrire.",
                en: "We organised a sports day together; contact has gone quiet since. Ask whether girls can join too."
            )
        ),
    ]

    // MARK: Onderwijs en vorming

    static let education: [Entry] = [
        Entry(
            cluster: .education, name: "Basisschool De Kanaalkant", kind: .organisation,
            symbol: "education.primarySchool", geometry: point(50.8502, 4.3298),
            street: .ransfort, number: "40", phone: "+32 2 410 61 73", email: "dekanaalkant@example.org",
            evaluation: rated(.close, .mutual, .medium, .constructive, [.recruitment, .referral], day(2026, 11, 13)),
            description: Localized(
                nl: "Nederlandstalige basisschool met een kleuter- en een lagere afdeling; veel leerlingen spreken thuis een andere taal.",
                fr: "École fondamentale néerlandophone avec une section maternelle et une section primaire ; beaucoup d'élèves parlent une autre langue à la maison.",
                en: "Dutch-speaking primary school with nursery and primary sections; many pupils speak another language at home."
            ),
            notes: Localized(
                nl: "De brugfiguur van de school brengt ouders naar onze inloop; samen houden we op vrijdag het oudercafé.",
                fr: "La médiatrice de l'école amène des parents à notre accueil ; ensemble, nous animons le café des parents du vendredi.",
                en: "The school's liaison worker brings parents to our drop-in; together we host the parents' coffee on Fridays."
            )
        ),
        Entry(
            cluster: .education, name: "École maternelle Rive Gauche", kind: .organisation,
            symbol: "education.nurserySchool", geometry: point(50.8530, 4.3305),
            street: .quatreVents, number: "71",
            status: .dormant,
            evaluation: rated(.distant, .weGive, .medium, .neutral, [.recruitment], day(2025, 4, 24)),
            description: Localized(
                nl: "Franstalige kleuterschool in de buurt, met veel kinderen uit nieuwkomersgezinnen.",
                fr: "École maternelle francophone du quartier, qui accueille beaucoup d'enfants de familles primo-arrivantes.",
                en: "French-speaking nursery school in the area, with many children from newcomer families."
            ),
            notes: Localized(
                nl: "Het contact liep via de vorige directeur en viel weg toen hij vertrok. Opnieuw langsgaan met onze folder in het Frans.",
                fr: "Le contact passait par l'ancien directeur et s'est perdu avec son départ. Repasser avec notre dépliant en français.",
                en: "The contact ran through the former head teacher and lapsed when he left. Drop by again with our leaflet in French."
            )
        ),
        Entry(
            cluster: .education, name: "École de devoirs Le Pont des Mots", kind: .organisation,
            symbol: "education.homeworkSupport", geometry: point(50.8512, 4.3338),
            street: .chimiste, number: "9",
            evaluation: rated(.close, .mutual, .low, .constructive, [.offer, .referral], day(2026, 11, 10)),
            description: Localized(
                nl: "Huiswerkbegeleiding voor kinderen van de lagere school, vier namiddagen per week, gedragen door vrijwilligers.",
                fr: "École de devoirs pour les enfants du primaire, quatre après-midi par semaine, portée par des bénévoles.",
                en: "Homework club for primary-school children, four afternoons a week, run by volunteers."
            ),
            notes: Localized(
                nl: "Twee deuren verder; de kinderen van onze gezinnen gaan er na school naartoe en de begeleiders melden ons hun zorgen.",
                fr: "À deux portes de chez nous ; les enfants de nos familles y vont après l'école et les animateurs nous font part de leurs inquiétudes.",
                en: "Two doors down; children of our families go there after school and the volunteers share their concerns with us."
            )
        ),
        Entry(
            cluster: .education, name: "Taalpunt Vaartkant", kind: .organisation,
            symbol: "education.languageClasses", geometry: point(50.8528, 4.3420),
            street: .papenvest, number: "20", phone: "+32 2 511 42 90",
            evaluation: rated(.neutral, .weReceive, .medium, .constructive, [.offer, .referral], day(2026, 9, 16)),
            description: Localized(
                nl: "Taalcursussen Nederlands en Frans voor volwassenen, met kinderopvang tijdens de lessen in de voormiddag.",
                fr: "Cours de néerlandais et de français pour adultes, avec garderie pendant les cours du matin.",
                en: "Dutch and French classes for adults, with childcare during the morning lessons."
            ),
            notes: Localized(
                nl: "Geeft voorrang aan ouders die wij doorsturen; wij kunnen hun cursisten weinig terugbieden.",
                fr: "Donne la priorité aux parents que nous y envoyons ; nous avons peu à offrir en retour à leurs apprenants.",
                en: "Gives priority to parents we send; we have little to offer their learners in return."
            )
        ),
    ]

    // MARK: Sociale economie

    static let socialEconomy: [Entry] = [
        Entry(
            cluster: .socialEconomy, name: "Épicerie sociale Le Panier Partagé", kind: .organisation,
            symbol: "socialEconomy.socialGrocery", geometry: point(50.8547, 4.3362),
            street: .gand, number: "64", phone: "+32 2 414 75 32",
            evaluation: rated(.close, .mutual, .medium, .constructive, [.offer, .referral], day(2026, 11, 3)),
            description: Localized(
                nl: "Sociale kruidenier waar doorverwezen gezinnen basisproducten en verse groenten kopen tegen verlaagde prijzen.",
                fr: "Épicerie sociale où les familles orientées achètent des produits de base et des légumes frais à prix réduits.",
                en: "Social grocery where referred families buy basic products and fresh vegetables at reduced prices."
            ),
            notes: Localized(
                nl: "Wij schrijven de doorverwijzingen; zij leveren elke maand fruit voor ons ontbijt met ouders.",
                fr: "Nous rédigeons les orientations ; chaque mois, ils nous livrent des fruits pour notre petit-déjeuner avec les parents.",
                en: "We write the referrals; every month they deliver fruit for our breakfast with parents."
            )
        ),
        Entry(
            cluster: .socialEconomy, name: "Seconde main La Bonne Pioche", kind: .organisation,
            symbol: "socialEconomy.secondHandShop", geometry: point(50.8526, 4.3455),
            street: .flandre, number: "98",
            evaluation: rated(.neutral, .weReceive, .low, .constructive, [.offer], day(2026, 8, 27)),
            description: Localized(
                nl: "Tweedehandswinkel die ook een werkervaringsproject is, met kinderkleding, speelgoed en kinderwagens.",
                fr: "Magasin de seconde main qui est aussi une entreprise de formation par le travail, avec vêtements d'enfants, jouets et poussettes.",
                en: "Second-hand shop run as a work-experience project, with children's clothes, toys and prams."
            ),
            notes: Localized(
                nl: "Geeft ons waardebonnen voor gezinnen in nood; wij gaven nog niets terug. Misschien ouders uit onze groep als vrijwilliger voorstellen.",
                fr: "Nous donne des bons pour les familles en difficulté ; nous ne leur avons encore rien rendu. Leur proposer peut-être des parents de notre groupe comme bénévoles.",
                en: "Gives us vouchers for families in need; we have given nothing back yet. Perhaps offer parents from our group as volunteers."
            )
        ),
        Entry(
            cluster: .socialEconomy, name: "Repair Café Vaartkant", kind: .group,
            symbol: "socialEconomy.repairCafe", geometry: point(50.8497, 4.3428),
            street: .fabriques, number: "33",
            formality: .informal, status: .potential,
            description: Localized(
                nl: "Maandelijks repair café waar vrijwilligers kleine toestellen, kleding en fietsen herstellen.",
                fr: "Repair café mensuel où des bénévoles réparent petits appareils, vêtements et vélos.",
                en: "Monthly repair café where volunteers fix small appliances, clothes and bikes."
            ),
            notes: Localized(
                nl: "Ontdekt op een affiche; nog geen contact. Een kans voor ouders om iets te laten herstellen én hun eigen talenten in te zetten.",
                fr: "Découvert sur une affiche ; pas encore de contact. Une occasion pour les parents de faire réparer un objet et de mettre leurs propres talents à profit.",
                en: "Spotted on a poster; no contact yet. A chance for parents to get things repaired and to put their own skills to use."
            )
        ),
    ]

    // MARK: Lokale handelaars

    static let localBusiness: [Entry] = [
        Entry(
            cluster: .localBusiness, name: "Bakkerij Al Amal", kind: .business,
            symbol: "localBusiness.bakery", geometry: point(50.8515, 4.3330),
            street: .chimiste, number: "51",
            formality: .informal,
            evaluation: rated(.close, .mutual, .low, .constructive, [.recruitment], day(2026, 11, 20)),
            description: Localized(
                nl: "Marokkaanse bakkerij op de hoek, 's ochtends vroeg al druk met ouders op weg naar school.",
                fr: "Boulangerie marocaine du coin, déjà animée tôt le matin par les parents en route vers l'école.",
                en: "Moroccan bakery on the corner, busy early in the morning with parents on their way to school."
            ),
            notes: Localized(
                nl: "De bakker hangt onze affiches op en vertelt klanten over de inloop; wij kopen er het brood voor het ontbijt.",
                fr: "Le boulanger affiche nos annonces et parle de notre accueil à ses clients ; nous y achetons le pain du petit-déjeuner.",
                en: "The baker puts up our posters and tells customers about the drop-in; we buy the bread for our breakfast there."
            )
        ),
        Entry(
            cluster: .localBusiness, name: "Kapsalon Yasmina", kind: .business,
            symbol: "localBusiness.hairdresser", geometry: point(50.8545, 4.3318),
            street: .gand, number: "102",
            formality: .informal,
            evaluation: rated(.neutral, .weReceive, .low, .constructive, [.recruitment], day(2026, 10, 2)),
            description: Localized(
                nl: "Kapsalon voor vrouwen waar moeders uit de buurt elkaar treffen en nieuws uitwisselen.",
                fr: "Salon de coiffure pour dames où les mères du quartier se retrouvent et échangent les nouvelles.",
                en: "Women's hair salon where mothers from the area meet and share news."
            ),
            notes: Localized(
                nl: "De uitbaatster legt onze folders in de zaak en stuurt vrouwen met vragen naar ons; een goede plek om isolement op te merken.",
                fr: "La gérante dépose nos dépliants au salon et nous envoie des femmes qui ont des questions ; un bon endroit pour repérer l'isolement.",
                en: "The owner keeps our leaflets in the salon and sends women with questions our way; a good place to notice isolation."
            )
        ),
        Entry(
            cluster: .localBusiness, name: "Café De Sluiswachter", kind: .business,
            symbol: "localBusiness.cafe", geometry: point(50.8490, 4.3334),
            street: .hainaut, number: "21",
            evaluation: rated(.distant, .none, .low, .neutral, [], day(2026, 6, 19)),
            description: Localized(
                nl: "Volkscafé aan de kaai met vooral oudere mannen als vaste klanten; het buurtcomité vergadert er.",
                fr: "Café populaire sur le quai, fréquenté surtout par des hommes âgés ; le comité de quartier s'y réunit.",
                en: "Traditional café on the quay, mostly frequented by older men; the neighbourhood committee meets there."
            ),
            notes: Localized(
                nl: "Feiten en beleving: voor de mannen een tweede thuis, maar veel moeders lopen er liever niet langs.",
                fr: "Faits et ressentis : une seconde maison pour les hommes, mais beaucoup de mères préfèrent ne pas passer devant.",
                en: "Facts and feelings: a second home for the men, but many mothers prefer not to walk past it."
            )
        ),
        Entry(
            cluster: .localBusiness, name: "Markt Gemeenteplein / Marché place Communale", kind: .place,
            symbol: "localBusiness.market", geometry: point(50.8556, 4.3370),
            street: .placeCommunale,
            evaluation: rated(.neutral, .none, .low, .constructive, [.recruitment], day(2026, 7, 9)),
            description: Localized(
                nl: "Wekelijkse markt op donderdag met goedkope groenten en fruit; veel gezinnen doen er hun boodschappen.",
                fr: "Marché hebdomadaire du jeudi avec des fruits et légumes bon marché ; beaucoup de familles y font leurs courses.",
                en: "Weekly Thursday market with cheap fruit and vegetables; many families do their shopping there."
            ),
            notes: Localized(
                nl: "Een goede plek om zichtbaar te zijn met een standje of een kinderhoek; een standplaats aanvragen bij de gemeente.",
                fr: "Un bon endroit pour être visibles avec un stand ou un coin enfants ; demander un emplacement à la commune.",
                en: "A good place to be visible with a stand or a children's corner; ask the municipality for a pitch."
            )
        ),
    ]

    // MARK: Religie

    static let religion: [Entry] = [
        Entry(
            cluster: .religion, name: "Moskee Al Mizan", kind: .organisation,
            symbol: "religion.mosque", geometry: point(50.8492, 4.3280),
            street: .ransfort, number: "70",
            evaluation: rated(.neutral, .weReceive, .high, .constructive, [.recruitment], day(2026, 10, 10)),
            description: Localized(
                nl: "Buurtmoskee met vrijdaggebed, Arabische les voor kinderen en een vrouwenwerking.",
                fr: "Mosquée de quartier avec la prière du vendredi, des cours d'arabe pour les enfants et un groupe de femmes.",
                en: "Neighbourhood mosque with Friday prayers, Arabic lessons for children and a women's group."
            ),
            notes: Localized(
                nl: "Laat ons onze activiteiten aankondigen na het vrijdaggebed en in de vrouwengroep; heeft veel invloed op de gezinnen.",
                fr: "Nous permet d'annoncer nos activités après la prière du vendredi et au groupe de femmes ; a beaucoup d'influence sur les familles.",
                en: "Lets us announce our activities after Friday prayers and in the women's group; has a lot of influence on families."
            )
        ),
        Entry(
            cluster: .religion, name: "Youssef, imam", kind: .person,
            symbol: "religion.religiousLeader", geometry: point(50.8494, 4.3284),
            formality: .informal, isKeyFigure: true,
            evaluation: rated(.close, .mutual, .high, .constructive, [.recruitment, .offer], day(2026, 11, 6)),
            description: Localized(
                nl: "Jonge imam van moskee Al Mizan, zelf vader van drie, die graag over opvoeding praat.",
                fr: "Jeune imam de la mosquée Al Mizan, lui-même père de trois enfants, qui aime parler d'éducation.",
                en: "Young imam of the Al Mizan mosque, a father of three himself, who likes to talk about parenting."
            ),
            notes: Localized(
                nl: "Samen een praatavond voor vaders gepland; hij opent deuren die voor ons dicht blijven.",
                fr: "Une soirée d'échange pour les pères est prévue avec lui ; il ouvre des portes qui nous restent fermées.",
                en: "An evening talk for fathers is planned together; he opens doors that stay closed to us."
            ),
            networks: Localized(
                nl: "De vaders van de moskee en de Marokkaanse en Syrische gezinnen van de Ransfortstraat.",
                fr: "Les pères de la mosquée et les familles marocaines et syriennes de la rue Ransfort.",
                en: "The fathers at the mosque and the Moroccan and Syrian families of Rue Ransfort."
            )
        ),
        Entry(
            cluster: .religion, name: "Église évangélique Flambeau du Canal", kind: .organisation,
            symbol: "religion.evangelicalChurch", geometry: point(50.8485, 4.3270),
            street: .liverpool, number: "15",
            status: .potential,
            evaluation: Evaluation(influence: .medium),
            description: Localized(
                nl: "Evangelische kerk in een oud magazijn, met een grote Congolese en Kameroense gemeenschap en diensten op zondag.",
                fr: "Église évangélique installée dans un ancien entrepôt, avec une grande communauté congolaise et camerounaise et des cultes le dimanche.",
                en: "Evangelical church in a former warehouse, with a large Congolese and Cameroonian congregation and Sunday services."
            ),
            notes: Localized(
                nl: "We kennen de kerk via Mama Grace, maar zijn er nog nooit binnen geweest. Met haar een bezoek plannen.",
                fr: "Nous connaissons l'église par Mama Grace, mais n'y sommes jamais entrés. Prévoir une visite avec elle.",
                en: "We know the church through Mama Grace but have never been inside. Plan a visit with her."
            )
        ),
    ]

    // MARK: Lokale overheden

    static let localGovernment: [Entry] = [
        Entry(
            cluster: .localGovernment, name: "Schepen van Gezin / Échevine de la Famille", kind: .person,
            symbol: "localGovernment.mayor", geometry: point(50.8553, 4.3378),
            street: .placeCommunale, number: "1",
            evaluation: rated(.distant, .weGive, .high, .neutral, [.policyInfluence], day(2026, 3, 12)),
            description: Localized(
                nl: "Schepen bevoegd voor gezin en kinderopvang; beslist mee over subsidies en de nieuwe crècheplaatsen in de wijk.",
                fr: "Échevine en charge de la famille et de la petite enfance ; codécide des subsides et des nouvelles places de crèche dans le quartier.",
                en: "Alderwoman responsible for families and childcare; has a say in grants and the new crèche places in the area."
            ),
            notes: Localized(
                nl: "Zelden gezien, maar één telefoontje van haar kan een dossier deblokkeren. Uitnodigen op ons zomerfeest.",
                fr: "Rarement vue, mais un coup de fil de sa part peut débloquer un dossier. L'inviter à notre fête d'été.",
                en: "Rarely seen, but one phone call from her can unblock a case. Invite her to our summer party."
            )
        ),
        Entry(
            cluster: .localGovernment, name: "Karim, wijkagent", kind: .person,
            symbol: "localGovernment.communityPolice", geometry: point(50.8520, 4.3315),
            evaluation: rated(.neutral, .mutual, .medium, .neutral, [.areaOfWork], day(2026, 10, 28)),
            description: Localized(
                nl: "Wijkagent van de kanaalbuurt die elke dag te voet zijn ronde doet en veel bewoners bij naam kent.",
                fr: "Agent de quartier du secteur du canal, qui fait sa tournée à pied chaque jour et connaît beaucoup d'habitants par leur nom.",
                en: "Community police officer for the canal area who walks his beat every day and knows many residents by name."
            ),
            notes: Localized(
                nl: "Handig bij burenruzies en voor nieuws uit de buurt; ouders zonder papieren mijden hem, dus nooit samen met hem bij gezinnen aanbellen.",
                fr: "Utile pour les conflits de voisinage et pour les nouvelles du quartier ; les parents sans papiers l'évitent, donc ne jamais sonner chez des familles avec lui.",
                en: "Useful for disputes between neighbours and for news about the area; undocumented parents avoid him, so never visit families together with him."
            )
        ),
        Entry(
            cluster: .localGovernment, name: "Équipe de rue Canal-Ouest", kind: .service,
            symbol: "localGovernment.streetWork", geometry: point(50.8512, 4.3348),
            street: .hainaut, number: "41", phone: "+32 2 412 90 44",
            evaluation: rated(.close, .mutual, .medium, .constructive, [.areaOfWork, .referral], day(2026, 11, 18)),
            description: Localized(
                nl: "Straathoekwerkers die jongeren en gezinnen opzoeken op straat, op pleinen en langs de kaaien.",
                fr: "Travailleurs de rue qui vont à la rencontre des jeunes et des familles dans la rue, sur les places et le long des quais.",
                en: "Street workers who reach out to young people and families in the streets, on squares and along the quays."
            ),
            notes: Localized(
                nl: "Wekelijks kort overleg; zij brengen gezinnen die nergens terechtkunnen, en we delen signalen over de dealplek.",
                fr: "Courte concertation chaque semaine ; ils nous amènent des familles qui ne trouvent d'aide nulle part, et nous partageons les signaux sur le point de deal.",
                en: "Short weekly meeting; they bring us families who fall through every net, and we share signals about the dealing spot."
            )
        ),
        Entry(
            cluster: .localGovernment, name: "Wijkcontract Westoever / Contrat de quartier Rive Ouest", kind: .service,
            symbol: "localGovernment.neighbourhoodContract", geometry: point(50.8477, 4.3318),
            street: .ninove, number: "40",
            evaluation: rated(.neutral, .weGive, .high, .neutral, [.areaOfWork, .policyInfluence], day(2026, 9, 24)),
            description: Localized(
                nl: "Stadsvernieuwingsprogramma met budget voor een nieuw pleintje, een buurtlokaal en sociale projecten.",
                fr: "Programme de rénovation urbaine doté d'un budget pour une nouvelle placette, un local de quartier et des projets sociaux.",
                en: "Urban renewal programme with funds for a new small square, a community room and social projects."
            ),
            notes: Localized(
                nl: "We zetelen in de wijkcommissie en brengen er de noden van gezinnen in, zoals een speelplek voor peuters; tot nu toe weinig resultaat.",
                fr: "Nous siégeons à la commission de quartier et y portons les besoins des familles, comme une aire de jeux pour les tout-petits ; peu de résultats jusqu'ici.",
                en: "We sit on the neighbourhood committee and raise families' needs there, such as a toddler playground; little result so far."
            )
        ),
    ]

    // MARK: Publieke ruimte

    static let publicSpace: [Entry] = [
        Entry(
            cluster: .publicSpace, name: "Schuitenpark / Parc des Péniches", kind: .place,
            symbol: "publicSpace.park",
            geometry: .polygon([[
                Coordinate(latitude: 50.8528, longitude: 4.3328),
                Coordinate(latitude: 50.8528, longitude: 4.3342),
                Coordinate(latitude: 50.8521, longitude: 4.3342),
                Coordinate(latitude: 50.8521, longitude: 4.3328),
                Coordinate(latitude: 50.8528, longitude: 4.3328),
            ]]),
            evaluation: rated(.close, .none, .low, .constructive, [.offer], day(2026, 8, 14)),
            description: Localized(
                nl: "Klein park met een grasveld en zitbanken tussen de huizenblokken, 's namiddags vol moeders met kinderen.",
                fr: "Petit parc avec une pelouse et des bancs entre les îlots, plein de mères et d'enfants l'après-midi.",
                en: "Small park with a lawn and benches between the housing blocks, full of mothers and children in the afternoon."
            ),
            notes: Localized(
                nl: "Feiten en beleving: overdag een tweede huiskamer, 's avonds voelen ouders zich er onveilig door groepjes jongeren. In de zomer houden we er een speelnamiddag.",
                fr: "Faits et ressentis : en journée, un second salon ; le soir, les parents ne s'y sentent pas en sécurité à cause des groupes de jeunes. En été, nous y organisons un après-midi de jeux.",
                en: "Facts and feelings: by day a second living room, in the evening parents feel unsafe there because of groups of youths. In summer we hold a play afternoon there."
            )
        ),
        Entry(
            cluster: .publicSpace, name: "Speelplein Vier Winden / Plaine de jeux des Quatre-Vents", kind: .place,
            symbol: "publicSpace.playground", geometry: point(50.8535, 4.3312),
            evaluation: rated(.neutral, .none, .low, .constructive, [], day(2026, 9, 3)),
            description: Localized(
                nl: "Omheind speelplein met schommels en een zandbak, maar zonder toestellen voor de allerkleinsten.",
                fr: "Plaine de jeux clôturée avec des balançoires et un bac à sable, mais sans jeux pour les tout-petits.",
                en: "Fenced playground with swings and a sandpit, but no equipment for the youngest children."
            ),
            notes: Localized(
                nl: "Het poortje is vaak kapot en er ligt zwerfvuil; gemeld bij de netheidsdienst.",
                fr: "Le portillon est souvent cassé et il y a des déchets ; signalé au service propreté.",
                en: "The gate is often broken and there is litter; reported to the street cleaning service."
            )
        ),
        Entry(
            cluster: .publicSpace, name: "Pannakooi Ransfort / Agora space Ransfort", kind: .place,
            symbol: "publicSpace.sportsCage", geometry: point(50.8506, 4.3284),
            evaluation: rated(.distant, .none, .low, .neutral, [], day(2026, 6, 5)),
            description: Localized(
                nl: "Sportkooi waar tot 's avonds laat gevoetbald wordt, bijna alleen door jongens.",
                fr: "Agora space où l'on joue au foot jusque tard le soir, presque uniquement des garçons.",
                en: "Sports cage where football is played until late in the evening, almost only by boys."
            ),
            notes: Localized(
                nl: "Meisjes voelen zich er niet welkom. Idee: samen met het straathoekwerk een meisjesmoment op woensdag voorstellen.",
                fr: "Les filles ne s'y sentent pas les bienvenues. Idée : proposer avec le travail de rue un moment réservé aux filles le mercredi.",
                en: "Girls do not feel welcome there. Idea: propose a girls-only slot on Wednesdays together with the street workers."
            )
        ),
    ]

    // MARK: Mobiliteit

    static let mobility: [Entry] = [
        Entry(
            cluster: .mobility, name: "Ninoofsesteenweg / Chaussée de Ninove", kind: .place,
            symbol: "mobility.busyRoad",
            geometry: .lineString([
                Coordinate(latitude: 50.8480, longitude: 4.3262),
                Coordinate(latitude: 50.8476, longitude: 4.3280),
                Coordinate(latitude: 50.8473, longitude: 4.3298),
                Coordinate(latitude: 50.8470, longitude: 4.3312),
                Coordinate(latitude: 50.8468, longitude: 4.3322),
            ]),
            evaluation: Evaluation(tone: .conflictual),
            description: Localized(
                nl: "Drukke invalsweg met veel vrachtverkeer die de buurt aan de zuidkant afsnijdt; weinig veilige oversteekplaatsen.",
                fr: "Axe d'entrée très chargé, avec beaucoup de camions, qui coupe le quartier au sud ; peu de traversées sûres.",
                en: "Busy arterial road with many lorries that cuts the area off to the south; few safe crossings."
            ),
            notes: Localized(
                nl: "Ouders met een kinderwagen steken liever niet over; daarom komen gezinnen van over de steenweg zelden naar ons.",
                fr: "Les parents avec une poussette évitent de traverser ; c'est pourquoi les familles de l'autre côté de la chaussée viennent rarement chez nous.",
                en: "Parents with prams avoid crossing; that is why families from across the road rarely come to us."
            )
        ),
        Entry(
            cluster: .mobility, name: "Metrostation Kanaal / Station de métro Canal", kind: .place,
            symbol: "mobility.metro", geometry: point(50.8550, 4.3380),
            description: Localized(
                nl: "Metrostation op wandelafstand, met een lift; verbindt de buurt met het centrum en de grote ziekenhuizen.",
                fr: "Station de métro accessible à pied, avec un ascenseur ; relie le quartier au centre-ville et aux grands hôpitaux.",
                en: "Metro station within walking distance, with a lift; connects the area with the city centre and the big hospitals."
            ),
            notes: Localized(
                nl: "De lift is vaak defect; ouders met een kinderwagen moeten dan naar een ander station.",
                fr: "L'ascenseur est souvent en panne ; les parents avec une poussette doivent alors aller jusqu'à une autre station.",
                en: "The lift is often out of order; parents with prams then have to go to another station."
            )
        ),
        Entry(
            cluster: .mobility, name: "Atelier vélo Vélo-Canal", kind: .organisation,
            symbol: "mobility.bikeRepair", geometry: point(50.8535, 4.3368),
            street: .hainaut, number: "73", website: "https://example.org/velocanal",
            evaluation: rated(.close, .mutual, .low, .constructive, [.offer], day(2026, 10, 18)),
            description: Localized(
                nl: "Fietsatelier waar je zelf je fiets herstelt, met fietslessen voor volwassenen, ook speciaal voor vrouwen.",
                fr: "Atelier vélo participatif avec des cours de vélo pour adultes, dont des cours réservés aux femmes.",
                en: "Bike workshop where you repair your own bike, with cycling lessons for adults, including women-only classes."
            ),
            notes: Localized(
                nl: "Samen een reeks fietslessen voor moeders georganiseerd: wij zorgen voor de kinderopvang, zij voor de fietsen en de lesgevers.",
                fr: "Nous avons organisé ensemble une série de cours de vélo pour les mères : nous assurons la garde des enfants, eux les vélos et les moniteurs.",
                en: "Together we ran a series of cycling lessons for mothers: we provide childcare, they provide the bikes and instructors."
            )
        ),
    ]

    // MARK: Huisvesting

    static let housing: [Entry] = [
        Entry(
            cluster: .housing, name: "SVK Thuis aan de Vaart / AIS Chez-soi au Canal", kind: .organisation,
            symbol: "housing.socialRentalAgency", geometry: point(50.8548, 4.3300),
            street: .gand, number: "150", phone: "+32 2 410 15 26",
            evaluation: rated(.neutral, .weGive, .medium, .neutral, [.referral], day(2026, 7, 22)),
            description: Localized(
                nl: "Sociaal verhuurkantoor dat woningen van private eigenaars huurt en ze tegen een betaalbare huurprijs verder verhuurt.",
                fr: "Agence immobilière sociale qui prend en gestion des logements de propriétaires privés et les reloue à un loyer abordable.",
                en: "Social rental agency that rents homes from private owners and sublets them at an affordable rent."
            ),
            notes: Localized(
                nl: "We helpen gezinnen hun dossier samenstellen, maar de wachtlijst loopt over jaren; weinig terugkoppeling.",
                fr: "Nous aidons les familles à constituer leur dossier, mais la liste d'attente se compte en années ; peu de retour.",
                en: "We help families put their application together, but the waiting list runs to years; little feedback."
            )
        ),
        Entry(
            cluster: .housing, name: "OVM Kanaalhuis / SISP Maison du Canal", kind: .organisation,
            symbol: "housing.socialHousing", geometry: point(50.8495, 4.3302),
            street: .ransfort, number: "55", phone: "+32 2 410 77 80",
            evaluation: rated(.distant, .weGive, .high, .conflictual, [.policyInfluence], day(2026, 10, 6)),
            description: Localized(
                nl: "Openbare vastgoedmaatschappij die de sociale woonblokken van de wijk beheert, waar veel van onze gezinnen wonen.",
                fr: "Société immobilière de service public qui gère les immeubles de logements sociaux du quartier, où vivent beaucoup de nos familles.",
                en: "Public housing company that manages the social housing blocks in the area, where many of our families live."
            ),
            notes: Localized(
                nl: "Klachten over vocht en schimmel blijven maanden liggen en de gesprekken zijn gespannen. We helpen bewoners hun klachten in te dienen.",
                fr: "Les plaintes pour humidité et moisissures restent des mois sans suite et les échanges sont tendus. Nous aidons les locataires à introduire leurs plaintes.",
                en: "Complaints about damp and mould go unanswered for months and talks are tense. We help tenants file their complaints."
            )
        ),
        Entry(
            cluster: .housing, name: "Rachid, conciërge", kind: .person,
            symbol: "others.keyFigure", geometry: point(50.8493, 4.3308),
            formality: .informal, isKeyFigure: true,
            evaluation: rated(.close, .mutual, .medium, .constructive, [.recruitment, .referral], day(2026, 11, 12)),
            description: Localized(
                nl: "Conciërge van de sociale woonblokken in de Ransfortstraat, al twintig jaar het aanspreekpunt van de bewoners.",
                fr: "Concierge des immeubles de logements sociaux de la rue Ransfort, depuis vingt ans la personne de référence des locataires.",
                en: "Caretaker of the social housing blocks on Rue Ransfort, the tenants' go-to person for twenty years."
            ),
            notes: Localized(
                nl: "Weet als eerste wanneer een gezin in de problemen zit; spreekt Arabisch, Frans en wat Nederlands.",
                fr: "Est le premier à savoir quand une famille est en difficulté ; parle arabe, français et un peu néerlandais.",
                en: "Is the first to know when a family is in trouble; speaks Arabic, French and some Dutch."
            ),
            networks: Localized(
                nl: "De zowat 120 gezinnen van de woonblokken, ook de geïsoleerde oudere bewoners en de nieuwe huurders.",
                fr: "Les quelque 120 ménages des immeubles, y compris les locataires âgés isolés et les nouveaux locataires.",
                en: "The roughly 120 households of the blocks, including isolated older tenants and new arrivals."
            )
        ),
    ]

    // MARK: Anderen

    static let others: [Entry] = [
        Entry(
            cluster: .others, name: "Buurtcomité Kanaalzicht", kind: .group,
            symbol: "others.neighbourhoodCommittee", geometry: point(50.8520, 4.3350),
            email: "kanaalzicht@example.org",
            formality: .informal,
            evaluation: rated(.neutral, .mutual, .medium, .constructive, [.areaOfWork, .policyInfluence], day(2026, 9, 18)),
            description: Localized(
                nl: "Bewonerscomité dat ijvert voor een properdere en groenere kanaalkant en elk jaar een straatfeest organiseert.",
                fr: "Comité d'habitants qui se bat pour des abords du canal plus propres et plus verts et organise chaque année une fête de rue.",
                en: "Residents' committee campaigning for a cleaner, greener canal side and organising a street party every year."
            ),
            notes: Localized(
                nl: "Vooral oudere eigenaars; gezinnen uit de sociale woningen zijn er nauwelijks vertegenwoordigd. Samen pleiten voor de speelplek voor peuters.",
                fr: "Surtout des propriétaires âgés ; les familles des logements sociaux y sont à peine représentées. Plaider ensemble pour l'aire de jeux des tout-petits.",
                en: "Mostly older home owners; families from the social housing are barely represented. Lobby together for the toddler playground."
            )
        ),
        Entry(
            cluster: .others, name: "Fatima, moeder aan de schoolpoort", kind: .person,
            symbol: "others.keyFigure", geometry: point(50.8503, 4.3303),
            formality: .informal, isKeyFigure: true,
            evaluation: rated(.veryClose, .mutual, .medium, .constructive, [.recruitment], day(2026, 11, 20)),
            description: Localized(
                nl: "Moeder van vier die elke ochtend aan de schoolpoort van De Kanaalkant staat en iedereen kent.",
                fr: "Mère de quatre enfants, présente chaque matin devant la grille de l'école De Kanaalkant, qui connaît tout le monde.",
                en: "Mother of four who stands at the gate of De Kanaalkant school every morning and knows everyone."
            ),
            notes: Localized(
                nl: "Vrijwilliger bij ons ontbijt en brengt nieuwe moeders mee. Niet overvragen.",
                fr: "Bénévole à notre petit-déjeuner, elle amène de nouvelles mères. Ne pas trop la solliciter.",
                en: "Volunteers at our breakfast and brings new mothers along. Do not ask too much of her."
            ),
            networks: Localized(
                nl: "De moeders van de school, de WhatsApp-groepen van drie klassen en Berberse families uit de buurt.",
                fr: "Les mères de l'école, les groupes WhatsApp de trois classes et des familles berbères du quartier.",
                en: "The mothers at the school, the WhatsApp groups of three classes and Berber families in the area."
            )
        ),
        Entry(
            cluster: .others, name: "Mama Grace", kind: .person,
            symbol: "others.keyFigure", geometry: point(50.8487, 4.3275),
            formality: .informal, isKeyFigure: true,
            evaluation: rated(.close, .mutual, .medium, .constructive, [.recruitment], day(2026, 10, 25)),
            description: Localized(
                nl: "Congolese grootmoeder en diacones van de evangelische kerk, bij wie jonge moeders terechtkunnen voor raad en daad.",
                fr: "Grand-mère congolaise et diaconesse de l'église évangélique, vers qui les jeunes mères se tournent pour un conseil ou un coup de main.",
                en: "Congolese grandmother and deaconess of the evangelical church, to whom young mothers turn for advice and help."
            ),
            notes: Localized(
                nl: "Komt af en toe naar de inloop; kan ons voorstellen aan de kerk.",
                fr: "Passe de temps en temps à l'accueil ; pourrait nous présenter à l'église.",
                en: "Drops in now and then; could introduce us to the church."
            ),
            networks: Localized(
                nl: "Congolese en Kameroense moeders, de gebedsgroep van Flambeau du Canal en pas aangekomen Afrikaanse gezinnen.",
                fr: "Les mères congolaises et camerounaises, le groupe de prière du Flambeau du Canal et les familles africaines récemment arrivées.",
                en: "Congolese and Cameroonian mothers, the prayer group of Flambeau du Canal and newly arrived African families."
            )
        ),
        Entry(
            cluster: .others, name: "WhatsApp-groep Mamans du Canal", kind: .onlineCommunity,
            symbol: "others.onlineGroup", geometry: nil,
            formality: .informal,
            evaluation: rated(.close, .mutual, .medium, .constructive, [.recruitment], day(2026, 11, 21)),
            description: Localized(
                nl: "WhatsApp-groep van een tachtigtal moeders uit de buurt die tips, tweedehandsspullen en nieuws delen.",
                fr: "Groupe WhatsApp d'environ quatre-vingts mères du quartier qui partagent bons plans, objets de seconde main et nouvelles.",
                en: "WhatsApp group of about eighty mothers from the area who share tips, second-hand items and news."
            ),
            notes: Localized(
                nl: "Fatima is beheerder; wij posten er onze activiteiten in overleg met haar. Geen persoonsgegevens overnemen.",
                fr: "Fatima en est l'administratrice ; nous y publions nos activités en accord avec elle. Ne reprendre aucune donnée personnelle.",
                en: "Fatima is the admin; we post our activities there with her agreement. Do not copy any personal data."
            )
        ),
        Entry(
            cluster: .others, name: "Dealplek aan de brug", kind: .group,
            symbol: "others.negativeActor", geometry: point(50.8543, 4.3380),
            formality: .informal, isSensitive: true,
            evaluation: rated(.distant, .none, .high, .conflictual, [], nil),
            description: Localized(
                nl: "Groep dealers die vooral 's avonds rond de brug en de ingang van het metrostation staat.",
                fr: "Groupe de dealers présent surtout le soir autour du pont et de l'entrée du métro.",
                en: "Group of dealers mostly present in the evening around the bridge and the metro entrance."
            ),
            notes: Localized(
                nl: "Ronselt jongens van 13 tot 15 jaar als uitkijk; ouders vragen ons hoe ze hun kinderen kunnen beschermen. Alleen contact via het straathoekwerk, nooit rechtstreeks.",
                fr: "Recrute des garçons de 13 à 15 ans comme guetteurs ; des parents nous demandent comment protéger leurs enfants. Contact uniquement via le travail de rue, jamais directement.",
                en: "Recruits boys aged 13 to 15 as lookouts; parents ask us how to protect their children. Contact only through the street workers, never directly."
            )
        ),
        Entry(
            cluster: .others, name: "\u{201C}Le banquier\u{201D}, woekeraar", kind: .person,
            symbol: "others.negativeActor", geometry: nil,
            formality: .informal, isSensitive: true,
            evaluation: rated(.distant, .none, .medium, .conflictual, [], nil),
            description: Localized(
                nl: "Man die in de buurt contant geld uitleent aan gezinnen die nergens anders terechtkunnen.",
                fr: "Homme qui prête de l'argent liquide dans le quartier aux familles qui n'ont nulle part ailleurs où s'adresser.",
                en: "Man who lends cash in the area to families who have nowhere else to turn."
            ),
            notes: Localized(
                nl: "Vraagt woekerrentes en houdt soms bankkaarten bij als onderpand. Gezinnen doorverwijzen naar schuldbemiddeling; hem nooit zelf aanspreken.",
                fr: "Pratique des taux usuraires et garde parfois des cartes bancaires en gage. Orienter les familles vers la médiation de dettes ; ne jamais l'aborder nous-mêmes.",
                en: "Charges extortionate interest and sometimes keeps bank cards as collateral. Refer families to debt mediation; never approach him ourselves."
            )
        ),
    ]

    // MARK: Wat is er niet aanwezig?

    static let missing: [Entry] = [
        Entry(
            cluster: .missing, name: "Speelplek voor peuters / Jeux pour tout-petits", kind: .place,
            symbol: "missing.missingPlace", geometry: point(50.8517, 4.3325),
            status: .absent,
            description: Localized(
                nl: "Een veilige, omheinde speelplek voor kinderen tot 4 jaar; het speelplein Vier Winden heeft niets voor de allerkleinsten.",
                fr: "Un espace de jeux sûr et clôturé pour les enfants jusqu'à 4 ans ; la plaine des Quatre-Vents n'a rien pour les tout-petits.",
                en: "A safe, fenced play area for children up to 4; the Vier Winden playground has nothing for the youngest."
            ),
            notes: Localized(
                nl: "Het braakliggende terrein in de Scheikundestraat is een mogelijke plek; aankaarten bij het wijkcontract.",
                fr: "Le terrain vague de la rue du Chimiste serait un endroit possible ; à soulever au contrat de quartier.",
                en: "The vacant lot on Rue du Chimiste is a possible site; raise it with the neighbourhood contract."
            )
        ),
        Entry(
            cluster: .missing, name: "Avondplek voor vrouwen / Lieu du soir pour femmes", kind: .place,
            symbol: "missing.missingMeetingPlace",
            status: .absent,
            description: Localized(
                nl: "Een plek waar vrouwen 's avonds, als de kinderen slapen, veilig kunnen samenkomen; de cafés in de buurt zijn mannenterrein.",
                fr: "Un lieu où les femmes peuvent se retrouver en sécurité le soir, quand les enfants dorment ; les cafés du quartier sont un territoire masculin.",
                en: "A place where women can meet safely in the evening, once the children are asleep; the cafés in the area are men's territory."
            ),
            notes: Localized(
                nl: "Mogelijke aanpak: onze eigen zaal op dinsdagavond openstellen, samen met Maison de quartier Ninove.",
                fr: "Piste : ouvrir notre propre salle le mardi soir, avec la Maison de quartier Ninove.",
                en: "A possible approach: open our own room on Tuesday evenings, together with Maison de quartier Ninove."
            )
        ),
        Entry(
            cluster: .missing, name: "Goedkope wassalon / Lavoir bon marché", kind: .business,
            symbol: "missing.missingShop",
            status: .absent,
            description: Localized(
                nl: "Een betaalbare wassalon met droogkasten: veel gezinnen hebben thuis geen wasmachine of geen plaats om te drogen.",
                fr: "Un lavoir abordable avec des séchoirs : beaucoup de familles n'ont pas de machine à laver ou pas de place pour faire sécher le linge.",
                en: "An affordable launderette with tumble dryers: many families have no washing machine at home or no room to dry clothes."
            ),
            notes: Localized(
                nl: "De dichtstbijzijnde wassalon ligt aan de overkant van het kanaal en is duur; een idee voor een project in de sociale economie.",
                fr: "Le lavoir le plus proche se trouve de l'autre côté du canal et il est cher ; une idée de projet d'économie sociale.",
                en: "The nearest launderette is across the canal and expensive; an idea for a social economy project."
            )
        ),
    ]
}
