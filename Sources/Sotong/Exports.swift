// `import Sotong` is the one import an embedding tool needs: it re-exports the event log
// (SotongCore), the office's events, commands and privacy (SotongDomain) and the projections
// (SotongProjections), and adds `SotongStore`, which opens a store. SotongSQLite stays behind
// `SotongStore.open(.sqlite(path:))`; Docs/PublicAPI.md lists what is public API.
@_exported public import SotongCore
@_exported public import SotongDomain
@_exported public import SotongProjections
