export function haproxyConfig(port: number, backendPorts: (string | number)[], inter?: string): string;
