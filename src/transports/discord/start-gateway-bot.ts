export async function startGatewayBot(..._args: unknown[]): Promise<void> {
	throw new Error('not yet');
}
