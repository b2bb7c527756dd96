export interface FactChange {
  changeId: string;          // audit row id
  action: "CREATE" | "REVISE" | "RETRACT" | "UPDATE";
  typename: string;          // GraphQL type, e.g. "Deal"
  nodeId: string;            // global id of the record written (the new revision for REVISE)
  companyIds: string[];      // global ids of companies the fact concerns
  countries: string[];       // ISO codes of the sector(s) it can change, e.g. ["US"]
  at: string;                // ISO timestamp of the commit
}
export interface EventBus {
  publish(changes: FactChange[]): Promise<void>;
  subscribe(listener: (c: FactChange) => void): () => void;
  close(): Promise<void>;
}
