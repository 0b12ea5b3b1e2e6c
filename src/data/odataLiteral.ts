/** An OData string literal, quotes escaped by doubling ("O'Neill" → 'O''Neill'), as SharePoint and Graph both read it. */
export const odataString = (s: string): string => `'${s.replace(/'/g, "''")}'`;
