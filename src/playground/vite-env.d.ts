// Vite's ambient types for the playground: import.meta.env, import.meta.glob, `?url` and `?raw` imports.
/// <reference types="vite/client" />
