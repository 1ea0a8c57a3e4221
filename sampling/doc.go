// Package sampling draws reproducible, stratified random samples of case
// files and computes the statistics an inspection report needs around them:
// sample sizes with finite population correction, Wilson confidence
// intervals for shares, and Cohen's kappa for agreement between reviewers.
// For evaluating and comparing audits it also has the exact hypergeometric
// interval and upper bound for the number of lacking case files
// (HypergeometricInterval, HypergeometricUpper), the exact discovery sample
// size (DiscoverySize), Newcombe's interval for the change between two audits
// (NewcombeDiff), a stratified share with an approximate interval
// (StratifiedShare), and rater-symmetric agreement measures for two ratings
// per case (AgreementOf: Fleiss' kappa, Gwet's AC1, Krippendorff's alpha,
// PABAK).
//
// Everything here is a pure function of its arguments: no I/O, no clock, no
// global random source. Randomness comes from a published seed: Draw orders
// the case files of each stratum by SHA-256(seed NUL committee NUL
// diarienummer) (see Key), so anyone holding the same frame and seed can
// redraw the sample, with sha256sum if need be, and verification is "draw
// again and compare". MethodDescription and MethodDescriptionSv give the
// method in words for the protocol, in English and Swedish.
//
// The package uses only the standard library and imports nothing from the
// rest of Tillsyn, so every other package may import it.
package sampling
