/// A cluster of the list "schatten in de buurt" (treasures of the neighbourhood). A new map
/// gets one layer per cluster; the clusters also group the symbol catalogue.
public enum Cluster: String, CaseIterable, Codable, Sendable {
    case welfare
    case leisure
    case education
    case socialEconomy
    case localBusiness
    case religion
    case localGovernment
    case publicSpace
    case mobility
    case housing
    case others
    case missing

    /// The key of the cluster's name in the localisation tables.
    public var messageKey: String { "cluster.\(rawValue)" }

    /// The default colour of the cluster's layer: twelve hues far enough apart to tell the
    /// layers apart on a map; markers also carry their symbol, so colour is never the only cue.
    public var defaultColour: HexColour {
        switch self {
        case .welfare: HexColour.unchecked("#d6336c")
        case .leisure: HexColour.unchecked("#f76707")
        case .education: HexColour.unchecked("#1971c2")
        case .socialEconomy: HexColour.unchecked("#2b8a3e")
        case .localBusiness: HexColour.unchecked("#9c36b5")
        case .religion: HexColour.unchecked("#5f3dc4")
        case .localGovernment: HexColour.unchecked("#343a40")
        case .publicSpace: HexColour.unchecked("#5c940d")
        case .mobility: HexColour.unchecked("#0c8599")
        case .housing: HexColour.unchecked("#a0522d")
        case .others: HexColour.unchecked("#6c757d")
        case .missing: HexColour.unchecked("#b08900")
        }
    }

    /// The symbol a new layer of this cluster starts with.
    public var defaultSymbolID: String {
        switch self {
        case .welfare: "welfare.communityHealth"
        case .leisure: "leisure.communityCentre"
        case .education: "education.primarySchool"
        case .socialEconomy: "socialEconomy.secondHandShop"
        case .localBusiness: "localBusiness.grocer"
        case .religion: "religion.faithCommunity"
        case .localGovernment: "localGovernment.townHall"
        case .publicSpace: "publicSpace.park"
        case .mobility: "mobility.bus"
        case .housing: "housing.socialHousing"
        case .others: "others.citizensInitiative"
        case .missing: "missing.missingPlace"
        }
    }
}
