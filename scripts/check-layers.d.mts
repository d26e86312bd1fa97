export const LAYERS: string[][];
export function layerOf(file: string): number;
export function importGraph(sources: Map<string, string>): Map<string, string[]>;
export function checkLayers(sources: Map<string, string>): string[];
