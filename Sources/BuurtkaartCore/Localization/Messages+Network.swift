// Texts of the network map and its evaluation, in the three languages.

let networkMessages = MessageArea(
    english: [
        "network.title": "Network map",
    ],
    dutch: [
        "network.title": "Netwerkkaart",
    ],
    french: [
        "network.title": "Carte du réseau",
    ]
)
