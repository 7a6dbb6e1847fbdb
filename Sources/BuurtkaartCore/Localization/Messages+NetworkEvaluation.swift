// Texts of the evaluation of the network map (figures, reflection questions, snapshots),
// in the three languages.

let networkEvaluationMessages = MessageArea(
    english: [:],
    dutch: [:],
    french: [:]
)
