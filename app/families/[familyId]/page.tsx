import { requireFamilyPage } from "@/lib/families/require-family-page";

/** Family dashboard (cases ordered by urgency) — filled in by the cases work. */
export default async function FamilyDashboardPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { access } = await requireFamilyPage(familyId, `/families/${familyId}`);
  return <h1 className="text-3xl font-bold">{access.familyName}</h1>;
}
