export * from "./enums";
export * from "./core";
export * from "./entities";
export * from "./api-keys";
export * from "./audit";
