// Vite's ambient types for the renderer (CSS imports).
/// <reference types="vite/client" />
